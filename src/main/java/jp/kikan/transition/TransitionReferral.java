package jp.kikan.transition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import jp.kikan.casework.IntakeRequestHead;
import jp.kikan.person.PersonDetails;
import jp.kikan.platform.PlausibleDates;

/**
 * A referral from a psychiatric hospital or a facility (地域移行の紹介), from {@code POST /api/transitions} or the
 * Tasklist start form. {@code centerId} is needed only by staff of several centers.
 */
public record TransitionReferral(
    @Size(max = 64) String centerId,
    @NotNull(message = "受付日時を入力してください") @PlausibleDates.Received
    OffsetDateTime receivedAt,
    @NotNull(message = "紹介元（病院・施設）を関係機関の名簿から選んでください（referrerId）") UUID referrerId,
    @Size(max = 100, message = "100文字以内で入力してください") String referrerPerson,
    @PlausibleDates.Lifetime(label = "入院・入所日") LocalDate admittedOn,
    @Size(max = 4000, message = "4000文字以内で入力してください") String intention,
    @NotNull(message = "本人の情報を入力してください") @Valid PersonDetails person) implements IntakeRequestHead {}
