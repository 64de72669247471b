package jp.example.visit;

import java.util.Optional;
import jp.kikan.casework.CaseHeadRepository;

public interface SampleVisits extends CaseHeadRepository<SampleVisit> {

  Optional<SampleVisit> findByProcessInstanceId(String processInstanceId);
}
