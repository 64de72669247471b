package jp.kikan.transition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What staff record on a transition case through the API between tasks. */
public final class TransitionRequests {

  private TransitionRequests() {}

  /** 対面支援 (面接・同行). */
  public record Contact(
      @NotNull(message = "対面支援の日付を入力してください") @PastOrPresent(message = "未来の日付は記録できません")
      LocalDate date,
      @NotNull(message = "種類を選んでください（INTERVIEW 面接, ACCOMPANIMENT 同行）") ContactKind kind,
      @NotBlank(message = "対応した職員を入力してください") @Size(max = 100, message = "100文字以内で入力してください")
      String staff,
      @Size(max = 2000, message = "2000文字以内で入力してください") String notes) {}

  /** 体験利用・体験宿泊. */
  public record TrialStay(
      @NotNull(message = "種類を選んでください（DAY_SERVICE_TRIAL 体験利用, OVERNIGHT_TRIAL 体験宿泊）") TrialStayKind kind,
      @NotNull(message = "初日を入力してください") LocalDate firstDay,
      @NotNull(message = "最終日を入力してください") LocalDate lastDay,
      @NotBlank(message = "場所を入力してください") @Size(max = 300, message = "300文字以内で入力してください") String place,
      boolean atFamilyHome) {}

  /** 緊急時の連絡. */
  public record Emergency(
      @NotNull(message = "受けた日時を入力してください") @PastOrPresent(message = "未来の日時は入力できません")
      OffsetDateTime receivedAt,
      @Size(max = 100, message = "100文字以内で入力してください") String caller,
      @NotBlank(message = "内容を入力してください") @Size(max = 4000, message = "4000文字以内で入力してください")
      String description) {}
}
