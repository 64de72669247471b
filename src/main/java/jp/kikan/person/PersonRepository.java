package jp.kikan.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

  /**
   * Every intake asks this (person matching). Written out rather than derived from the method name: Spring Data
   * builds a derived query as a new criteria query per call, which Hibernate translates to SQL each time; a query
   * string is translated once and cached (docs/performance.md, section 1).
   */
  @Query("select p from Person p where p.centerId = :centerId and p.kanaKey = :kanaKey")
  List<Person> findByCenterIdAndKanaKey(String centerId, String kanaKey);

  Optional<Person> findByIdAndCenterIdIn(UUID id, List<String> centerIds);

  List<Person> findTop50ByCenterIdInAndKanaKeyOrderByCreatedAtDesc(List<String> centerIds, String kanaKey);

  List<Person> findTop50ByCenterIdInAndKanaKeyAndBirthDate(List<String> centerIds, String kanaKey, LocalDate birthDate);
}
