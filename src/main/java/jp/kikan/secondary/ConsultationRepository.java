package jp.kikan.secondary;

import java.util.Optional;
import java.util.UUID;
import jp.kikan.casework.CaseHeadRepository;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRepository extends JpaRepository<Consultation, UUID>, CaseHeadRepository<Consultation> {

  @Query("select c from Consultation c where c.number = :consultationNumber")
  Optional<Consultation> findByConsultationNumber(String consultationNumber);
}
