package jp.kikan.transition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Period;
import jp.kikan.config.PerCenterSettings;
import jp.kikan.config.PositiveAmount;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The community transition's settings, {@code kikan.defaults.*} for every center, each center's own under
 * {@code kikan.centers.<id>.settings.*} (see docs/operations.md); a center's are {@code centerSettings.of(centerId,
 * TransitionSettings.class)}.
 *
 * @param transitionPeriodMonths community transition: months of a transition benefit period
 * @param transitionMaxRenewals community transition: how often a transition benefit period may be renewed
 * @param settlementPeriodMonths community transition: months of a settlement benefit period
 * @param renewalNotice community transition: how long before a benefit period ends the renewal decision is due
 * @param minimumMonthlyContactDays community transition: face-to-face days a month below which chiefs are told
 * @param trialStayMaxDays community transition: days of trial use and of trial stay, each, per benefit period
 * @param settlementMonitoringInterval community transition: time to the next settlement monitoring
 * @param emergencyResponseWithin community transition: due time of the emergency response task
 */
@ConfigurationProperties(PerCenterSettings.DEFAULTS)
@Validated
public record TransitionSettings(
    @Min(1) @Max(120) @DefaultValue("6") int transitionPeriodMonths,
    @Min(0) @Max(100) @DefaultValue("1") int transitionMaxRenewals,
    @Min(1) @Max(120) @DefaultValue("12") int settlementPeriodMonths,
    @DurationMin(seconds = 1) @DefaultValue("P30D") Duration renewalNotice,
    @Min(0) @Max(31) @DefaultValue("2") int minimumMonthlyContactDays,
    @Min(0) @Max(366) @DefaultValue("15") int trialStayMaxDays,
    @PositiveAmount @DefaultValue("P1M") Period settlementMonitoringInterval,
    @DurationMin(seconds = 1) @DefaultValue("PT3H") Duration emergencyResponseWithin)
    implements PerCenterSettings {}
