package jp.kikan.secondary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import jp.kikan.casework.IntakeRequestHead;
import jp.kikan.person.PersonDetails;
import jp.kikan.platform.PlausibleDates;

/**
 * A support office's request (二次相談の依頼), from {@code POST /api/secondary-consultations} or the Tasklist start
 * form. {@code centerId} is needed only by staff of several centers.
 */
public record ConsultationRequest(
    @Size(max = 64) String centerId,
    @NotNull(message = "受付日時を入力してください") @PlausibleDates.Received
    OffsetDateTime receivedAt,
    @NotNull(message = "依頼元事業所を関係機関の名簿から選んでください（officeId）") UUID officeId,
    @Size(max = 100, message = "100文字以内で入力してください") String officeConsultant,
    @AssertTrue(message = "本人の同意（または情報共有の法令上の根拠）を確認してから依頼を受け付けてください")
    boolean consentObtained,
    @NotNull(message = "本人の情報を入力してください") @Valid PersonDetails person,
    @NotEmpty(message = "困難の種類を1つ以上選んでください（FAMILY, REFUSAL, MEDICAL_CARE, ABUSE_SUSPECTED, POVERTY, OFFENDING, HOUSING, COMPLEX, OTHER）")
    Set<@NotNull(message = "困難の種類に空の値があります") Difficulty> difficulties,
    @NotBlank(message = "経過を入力してください") @Size(max = 4000, message = "4000文字以内で入力してください")
    String history,
    @NotEmpty(message = "依頼内容を1つ以上選んでください（ADVICE, JOINT_VISIT, CASE_CONFERENCE, OTHER）")
    Set<@NotNull(message = "依頼内容に空の値があります") RequestedHelp> requestedHelp,
    @Size(max = 2000, message = "2000文字以内で入力してください") String requestDetails,
    @NotNull(message = "緊急度を選んでください（HIGH, MEDIUM, LOW）") ConsultationUrgency urgency)
    implements IntakeRequestHead {}
