package jp.kikan.center;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.config.PositiveAmount;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The centers of this installation and their settings, from configuration ({@code kikan.centers.<id>.*}).
 * Each center becomes a Camunda tenant at start-up. One set of models serves all of them; what differs between
 * centers is a setting here, never a copy of a model. The ranges below are checked at start-up.
 *
 * @param centers the centers of this installation by id (a Camunda tenant each)
 * @param defaults settings every center inherits unless it sets its own
 */
@ConfigurationProperties("kikan")
@Validated
public record CenterProperties(
    @DefaultValue Map<String, @Valid Definition> centers,
    @Valid @DefaultValue Settings defaults) {

  public CenterProperties {
    centers = new LinkedHashMap<>(centers);
  }

  /**
   * One center: {@code kikan.centers.ayase.name=綾瀬市基幹相談支援センター} and so on.
   *
   * @param name the center's name as staff and letters show it
   * @param municipality the municipality that runs the center
   * @param prefecture the prefecture of that municipality
   * @param settings what this center sets differently from kikan.defaults
   */
  public record Definition(String name, String municipality, String prefecture,
      @Valid @DefaultValue Overrides settings) {}

  /**
   * Settings every center has, with the project's defaults (see docs/operations.md).
   *
   * @param monitoringInterval abuse report: interval of monitoring timers
   * @param safetyConfirmationLimit abuse report: time from receipt within which safety must be confirmed
   * @param sameDayWhenUrgent abuse report: high urgency means safety is confirmed by the end of the day of receipt
   * @param triageBusinessDays consultation: business days from receipt within which the chief triages a request
   * @param followUpInterval consultation: time from the last support record to the next follow-up
   * @param longCaseReviewAfter consultation: time from receipt after which an open consultation is reviewed
   * @param transitionPeriodMonths community transition: months of a transition benefit period
   * @param transitionMaxRenewals community transition: how often a transition benefit period may be renewed
   * @param settlementPeriodMonths community transition: months of a settlement benefit period
   * @param renewalNotice community transition: how long before a benefit period ends the renewal decision is due
   * @param minimumMonthlyContactDays community transition: face-to-face days a month below which chiefs are told
   * @param trialStayMaxDays community transition: days of trial use and of trial stay, each, per benefit period
   * @param settlementMonitoringInterval community transition: time to the next settlement monitoring
   * @param emergencyResponseWithin community transition: due time of the emergency response task
   * @param prefectureMailAddress where abuse reports to the prefecture are mailed; no default
   */
  public record Settings(
      @PositiveAmount @DefaultValue("P1M") Period monitoringInterval,
      @DurationMin(seconds = 1) @DefaultValue("PT48H") Duration safetyConfirmationLimit,
      @DefaultValue("true") boolean sameDayWhenUrgent,
      @Min(0) @Max(60) @DefaultValue("2") int triageBusinessDays,
      @PositiveAmount @DefaultValue("P1M") Period followUpInterval,
      @PositiveAmount @DefaultValue("P6M") Period longCaseReviewAfter,
      @Min(1) @Max(120) @DefaultValue("6") int transitionPeriodMonths,
      @Min(0) @Max(100) @DefaultValue("1") int transitionMaxRenewals,
      @Min(1) @Max(120) @DefaultValue("12") int settlementPeriodMonths,
      @DurationMin(seconds = 1) @DefaultValue("P30D") Duration renewalNotice,
      @Min(0) @Max(31) @DefaultValue("2") int minimumMonthlyContactDays,
      @Min(0) @Max(366) @DefaultValue("15") int trialStayMaxDays,
      @PositiveAmount @DefaultValue("P1M") Period settlementMonitoringInterval,
      @DurationMin(seconds = 1) @DefaultValue("PT3H") Duration emergencyResponseWithin,
      // where 第17条 reports and 第24条 notices are mailed; no default (see docs/operations.md, "Mail")
      @Email String prefectureMailAddress) {

    Settings with(Overrides overrides) {
      return new Settings(
          overrides.monitoringInterval() != null ? overrides.monitoringInterval() : monitoringInterval,
          overrides.safetyConfirmationLimit() != null ? overrides.safetyConfirmationLimit() : safetyConfirmationLimit,
          overrides.sameDayWhenUrgent() != null ? overrides.sameDayWhenUrgent() : sameDayWhenUrgent,
          overrides.triageBusinessDays() != null ? overrides.triageBusinessDays() : triageBusinessDays,
          overrides.followUpInterval() != null ? overrides.followUpInterval() : followUpInterval,
          overrides.longCaseReviewAfter() != null ? overrides.longCaseReviewAfter() : longCaseReviewAfter,
          overrides.transitionPeriodMonths() != null ? overrides.transitionPeriodMonths() : transitionPeriodMonths,
          overrides.transitionMaxRenewals() != null ? overrides.transitionMaxRenewals() : transitionMaxRenewals,
          overrides.settlementPeriodMonths() != null ? overrides.settlementPeriodMonths() : settlementPeriodMonths,
          overrides.renewalNotice() != null ? overrides.renewalNotice() : renewalNotice,
          overrides.minimumMonthlyContactDays() != null ? overrides.minimumMonthlyContactDays() : minimumMonthlyContactDays,
          overrides.trialStayMaxDays() != null ? overrides.trialStayMaxDays() : trialStayMaxDays,
          overrides.settlementMonitoringInterval() != null ? overrides.settlementMonitoringInterval() : settlementMonitoringInterval,
          overrides.emergencyResponseWithin() != null ? overrides.emergencyResponseWithin() : emergencyResponseWithin,
          overrides.prefectureMailAddress() != null ? overrides.prefectureMailAddress() : prefectureMailAddress);
    }
  }

  /**
   * What one center sets differently from {@code kikan.defaults}; unset means the default. Same meanings and ranges
   * as {@link Settings}.
   *
   * @param monitoringInterval abuse report: interval of monitoring timers
   * @param safetyConfirmationLimit abuse report: time from receipt within which safety must be confirmed
   * @param sameDayWhenUrgent abuse report: high urgency means safety is confirmed by the end of the day of receipt
   * @param triageBusinessDays consultation: business days from receipt within which the chief triages a request
   * @param followUpInterval consultation: time from the last support record to the next follow-up
   * @param longCaseReviewAfter consultation: time from receipt after which an open consultation is reviewed
   * @param transitionPeriodMonths community transition: months of a transition benefit period
   * @param transitionMaxRenewals community transition: how often a transition benefit period may be renewed
   * @param settlementPeriodMonths community transition: months of a settlement benefit period
   * @param renewalNotice community transition: how long before a benefit period ends the renewal decision is due
   * @param minimumMonthlyContactDays community transition: face-to-face days a month below which chiefs are told
   * @param trialStayMaxDays community transition: days of trial use and of trial stay, each, per benefit period
   * @param settlementMonitoringInterval community transition: time to the next settlement monitoring
   * @param emergencyResponseWithin community transition: due time of the emergency response task
   * @param prefectureMailAddress where abuse reports to the prefecture are mailed
   */
  public record Overrides(
      @PositiveAmount Period monitoringInterval,
      @DurationMin(seconds = 1) Duration safetyConfirmationLimit,
      Boolean sameDayWhenUrgent,
      @Min(0) @Max(60) Integer triageBusinessDays,
      @PositiveAmount Period followUpInterval,
      @PositiveAmount Period longCaseReviewAfter,
      @Min(1) @Max(120) Integer transitionPeriodMonths,
      @Min(0) @Max(100) Integer transitionMaxRenewals,
      @Min(1) @Max(120) Integer settlementPeriodMonths,
      @DurationMin(seconds = 1) Duration renewalNotice,
      @Min(0) @Max(31) Integer minimumMonthlyContactDays,
      @Min(0) @Max(366) Integer trialStayMaxDays,
      @PositiveAmount Period settlementMonitoringInterval,
      @DurationMin(seconds = 1) Duration emergencyResponseWithin,
      @Email String prefectureMailAddress) {}
}
