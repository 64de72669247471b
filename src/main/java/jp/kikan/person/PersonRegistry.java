package jp.kikan.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.center.Staff;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.CenterChoice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons of a center. Staff see and register only the persons of their own centers; for anyone else a person
 * of another center does not exist (404, not 403, so ids reveal nothing).
 */
@Service
public class PersonRegistry {

  private final PersonRepository persons;
  private final Clock clock;

  public PersonRegistry(PersonRepository persons, Clock clock) {
    this.persons = persons;
    this.clock = clock;
  }

  @Transactional
  public Person register(Staff staff, PersonDetails details) {
    requireCaseStaff(staff);
    String centerId = CenterChoice.chosen(staff, details.centerId());
    return persons.save(new Person(centerId, details, staff.userId(), clock.instant()));
  }

  /** Registers a person for a center already chosen by the caller (e.g. the abuse intake). */
  @Transactional
  public Person registerFor(String centerId, PersonDetails details, String createdBy) {
    return persons.save(new Person(centerId, details, createdBy, clock.instant()));
  }

  /** Every person of the center with the same ふりがな, whatever their birth date: candidates for matching. */
  @Transactional(readOnly = true)
  public List<Person> sameKana(String centerId, String familyKana, String givenKana) {
    return persons.findByCenterIdAndKanaKey(centerId, KanaKey.of(familyKana, givenKana));
  }

  @Transactional(readOnly = true)
  public Person getForSystem(UUID id) {
    return persons.findById(id).orElseThrow(() -> new IllegalStateException("person " + id + " not found"));
  }

  @Transactional(readOnly = true)
  public Person get(Staff staff, UUID id) {
    return persons.findByIdAndCenterIdIn(id, staff.centerIds())
        .orElseThrow(() -> ApiProblem.notFound("指定された本人（ID " + id + "）は見つかりません。"));
  }

  /** Persons whose ふりがな (and birth date, when given) match, for checking before registering someone again. */
  @Transactional(readOnly = true)
  public List<Person> find(Staff staff, String kana, LocalDate birthDate) {
    requireCaseStaff(staff);
    String key = KanaKey.of(kana, null);
    if (key.isEmpty()) {
      throw ApiProblem.badRequest("検索する「ふりがな」を入力してください。");
    }
    return birthDate == null
        ? persons.findTop50ByCenterIdInAndKanaKeyOrderByCreatedAtDesc(staff.centerIds(), key)
        : persons.findTop50ByCenterIdInAndKanaKeyAndBirthDate(staff.centerIds(), key, birthDate);
  }

  private static void requireCaseStaff(Staff staff) {
    if (!staff.worksOnCases()) {
      throw ApiProblem.forbidden("本人の情報は、センターの相談支援専門員・主任相談支援専門員・管理者だけが扱えます。");
    }
  }
}
