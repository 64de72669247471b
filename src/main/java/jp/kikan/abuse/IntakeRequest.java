package jp.kikan.abuse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import jp.kikan.casework.IntakeRequestHead;
import jp.kikan.person.PersonDetails;
import jp.kikan.platform.PlausibleDates;

/**
 * A report as staff take it down (受付記録票), from {@code POST /api/abuse-reports} or the Tasklist start form.
 * {@code centerId} is needed only by staff of several centers.
 */
public record IntakeRequest(
    @Size(max = 64) String centerId,
    @NotNull(message = "受付日時を入力してください") @PlausibleDates.Received
    OffsetDateTime receivedAt,
    @NotNull(message = "受付方法を選んでください（PHONE, VISIT, DOCUMENT, EMAIL, OTHER）") IntakeChannel channel,
    @NotNull(message = "通報者の情報を入力してください（匿名の場合も種別は必要です）") @Valid Reporter reporter,
    @NotNull(message = "被虐待者（本人）の情報を入力してください") @Valid PersonDetails person,
    @NotNull(message = "虐待者の類型を選んでください（CAREGIVER, FACILITY_STAFF, EMPLOYER, UNKNOWN）")
    AbuserCategory abuserCategory,
    @Size(max = 200, message = "200文字以内で入力してください") String facilityName,
    Set<@NotNull(message = "虐待の種別に空の値があります") AbuseType> suspectedTypes,
    @NotBlank(message = "通報の内容を入力してください") @Size(max = 4000, message = "4000文字以内で入力してください")
    String description,
    DangerSigns dangerSigns) implements IntakeRequestHead {

  /** 通報者. Name and contact are optional (anonymous reports are accepted) and protected by 第8条. */
  public record Reporter(
      @NotNull(message = "通報者の種別を選んでください（不明の場合は UNKNOWN）") ReporterType type,
      boolean anonymous,
      @Size(max = 200, message = "200文字以内で入力してください") String name,
      @Size(max = 200, message = "200文字以内で入力してください") String contact) {}

  @JsonIgnore
  @AssertTrue(message = "虐待者が障害者福祉施設従事者等または使用者の場合は、施設・事業所名を入力してください")
  public boolean isFacilityNamedWhereNeeded() {
    boolean needsFacility = abuserCategory == AbuserCategory.FACILITY_STAFF || abuserCategory == AbuserCategory.EMPLOYER;
    return !needsFacility || (facilityName != null && !facilityName.isBlank());
  }

  ReportFacts facts() {
    return new ReportFacts(receivedAt.toInstant(), channel, reporter.type(), abuserCategory,
        facilityName == null || facilityName.isBlank() ? null : facilityName.strip(), suspectedTypes, description,
        dangerSigns == null ? DangerSigns.NONE : dangerSigns);
  }
}
