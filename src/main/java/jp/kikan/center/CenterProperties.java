package jp.kikan.center;

import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The centers of this installation and their settings, from configuration ({@code kikan.centers.<id>.*}).
 * Each center becomes a Camunda tenant at start-up. One set of models serves all of them; what differs between
 * centers is a setting here, never a copy of a model.
 */
@ConfigurationProperties("kikan")
public record CenterProperties(
    @DefaultValue Map<String, Definition> centers,
    @DefaultValue Settings defaults) {

  public CenterProperties {
    centers = new LinkedHashMap<>(centers);
  }

  /** One center: {@code kikan.centers.ayase.name=綾瀬市基幹相談支援センター} and so on. */
  public record Definition(String name, String municipality, String prefecture, @DefaultValue Overrides settings) {}

  /** Settings every center has, with the project's defaults (see docs/operations.md). */
  public record Settings(
      @DefaultValue("P1M") Period monitoringInterval,
      @DefaultValue("PT48H") Duration safetyConfirmationLimit,
      @DefaultValue("true") boolean sameDayWhenUrgent,
      @DefaultValue("2") int triageBusinessDays,
      @DefaultValue("P1M") Period followUpInterval,
      @DefaultValue("P6M") Period longCaseReviewAfter,
      @DefaultValue("6") int transitionPeriodMonths,
      @DefaultValue("1") int transitionMaxRenewals,
      @DefaultValue("12") int settlementPeriodMonths,
      @DefaultValue("P30D") Duration renewalNotice,
      @DefaultValue("2") int minimumMonthlyContactDays,
      @DefaultValue("15") int trialStayMaxDays,
      @DefaultValue("P1M") Period settlementMonitoringInterval,
      @DefaultValue("PT3H") Duration emergencyResponseWithin,
      // where 第17条 reports and 第24条 notices are mailed; no default (see docs/operations.md, "Mail")
      String prefectureMailAddress) {

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

  /** What one center sets differently from {@code kikan.defaults}; unset means the default. */
  public record Overrides(Period monitoringInterval, Duration safetyConfirmationLimit, Boolean sameDayWhenUrgent,
      Integer triageBusinessDays, Period followUpInterval, Period longCaseReviewAfter, Integer transitionPeriodMonths, Integer transitionMaxRenewals, Integer settlementPeriodMonths, Duration renewalNotice, Integer minimumMonthlyContactDays, Integer trialStayMaxDays, Period settlementMonitoringInterval, Duration emergencyResponseWithin,
      String prefectureMailAddress) {}
}
