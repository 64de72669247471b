package jp.example.visit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SampleVisits extends JpaRepository<SampleVisit, UUID> {

  Optional<SampleVisit> findByProcessInstanceId(String processInstanceId);
}
