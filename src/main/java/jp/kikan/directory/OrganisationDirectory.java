package jp.kikan.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.CenterChoice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation directory of each center: who refers, who asks for help, who sits at the table. */
@Service
public class OrganisationDirectory {

  /** A new entry, as {@code POST /api/organisations} takes it. */
  public record NewOrganisation(
      @Size(max = 64) String centerId,
      @NotBlank(message = "名称を入力してください") @Size(max = 200, message = "200文字以内で入力してください") String name,
      @NotNull(message = "種別を選んでください") OrganisationKind kind,
      @Size(max = 100, message = "100文字以内で入力してください") String contactPerson,
      @Size(max = 40, message = "40文字以内で入力してください")
      @Pattern(regexp = "^[0-9０-９+\\-() ]*$", message = "電話番号は数字と - ( ) で入力してください") String phone) {}

  static final String NOT_CASE_STAFF = "関係機関の名簿は、センターの職員が使います。";

  private final OrganisationRepository organisations;
  private final Clock clock;

  public OrganisationDirectory(OrganisationRepository organisations, Clock clock) {
    this.organisations = organisations;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Organisation> list(Staff staff, String centerId, Collection<OrganisationKind> kinds) {
    String center = centerOf(staff, centerId);
    return kinds == null || kinds.isEmpty()
        ? organisations.findByCenterIdAndActiveTrueOrderByKindAscNameAsc(center)
        : organisations.findByCenterIdAndKindInAndActiveTrueOrderByNameAsc(center, kinds);
  }

  @Transactional
  public Organisation register(Staff staff, NewOrganisation request) {
    if (!staff.isIn(StaffGroup.MANAGER) && !staff.isIn(StaffGroup.CHIEF)) {
      throw ApiProblem.forbidden("関係機関の登録は、管理者または主任相談支援専門員が行います。");
    }
    String center = centerOf(staff, request.centerId());
    String name = request.name().strip();
    if (organisations.findByCenterIdAndName(center, name).isPresent()) {
      throw ApiProblem.conflict("「" + name + "」はすでに登録されています。");
    }
    return organisations.save(new Organisation(center, name, request.kind(), blankToNull(request.contactPerson()),
        blankToNull(request.phone()), clock.instant()));
  }

  /** For the system (seeding, delegates): registers unless an organisation of that name exists. */
  @Transactional
  public Organisation ensure(String centerId, String name, OrganisationKind kind, String contactPerson) {
    return organisations.findByCenterIdAndName(centerId, name).orElseGet(() ->
        organisations.save(new Organisation(centerId, name, kind, contactPerson, null, clock.instant())));
  }

  /** For the system (demo cases): the organisation of that name, if the center's directory has it. */
  @Transactional(readOnly = true)
  public Optional<Organisation> named(String centerId, String name) {
    return organisations.findByCenterIdAndName(centerId, name);
  }

  @Transactional(readOnly = true)
  public Organisation get(String centerId, UUID id, String field) {
    return organisations.findByIdAndCenterId(id, centerId).orElseThrow(() -> ApiProblem.badRequest(
        "「" + field + "」の関係機関（ID " + id + "）はこのセンターの名簿にありません。"));
  }

  /** By exact name, for the Tasklist start form; the message lists the names staff may use. */
  @Transactional(readOnly = true)
  public Organisation byName(String centerId, String name, OrganisationKind kind, String field) {
    return organisations.findByCenterIdAndName(centerId, name == null ? "" : name.strip())
        .filter(found -> kind == null || found.getKind() == kind)
        .orElseThrow(() -> ApiProblem.badRequest("「" + field + "」の「" + name + "」は名簿にありません。登録済みの"
            + (kind == null ? "関係機関" : kind.label()) + ": " + organisations
                .findByCenterIdAndKindInAndActiveTrueOrderByNameAsc(centerId,
                    kind == null ? List.of(OrganisationKind.values()) : List.of(kind))
                .stream().map(Organisation::getName).collect(Collectors.joining("、"))));
  }

  @Transactional(readOnly = true)
  public List<Organisation> all(String centerId, Collection<UUID> ids) {
    return organisations.findByIdInAndCenterId(ids, centerId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String centerOf(Staff staff, String requested) {
    return CenterChoice.forCaseStaff(staff, requested, NOT_CASE_STAFF);
  }
}
