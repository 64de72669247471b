package jp.kikan.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, UUID> {

  List<Person> findByCenterIdAndKanaKey(String centerId, String kanaKey);

  Optional<Person> findByIdAndCenterIdIn(UUID id, List<String> centerIds);

  List<Person> findTop50ByCenterIdInAndKanaKeyOrderByCreatedAtDesc(List<String> centerIds, String kanaKey);

  List<Person> findTop50ByCenterIdInAndKanaKeyAndBirthDate(List<String> centerIds, String kanaKey, LocalDate birthDate);
}
