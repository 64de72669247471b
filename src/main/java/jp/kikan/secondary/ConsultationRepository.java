package jp.kikan.secondary;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, UUID> {

  Optional<Consultation> findByCenterIdAndIdempotencyKey(String centerId, String idempotencyKey);

  Optional<Consultation> findByConsultationNumber(String consultationNumber);
}
