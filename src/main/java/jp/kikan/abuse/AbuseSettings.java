package jp.kikan.abuse;

import jakarta.validation.constraints.Email;
import java.time.Duration;
import java.time.Period;
import jp.kikan.config.PerCenterSettings;
import jp.kikan.config.PositiveAmount;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The abuse report's settings, {@code kikan.defaults.*} for every center, each center's own under
 * {@code kikan.centers.<id>.settings.*} (see docs/operations.md); a center's are {@code centerSettings.of(centerId,
 * AbuseSettings.class)}.
 *
 * @param monitoringInterval abuse report: interval of monitoring timers
 * @param safetyConfirmationLimit abuse report: time from receipt within which safety must be confirmed
 * @param sameDayWhenUrgent abuse report: high urgency means safety is confirmed by the end of the day of receipt
 * @param prefectureMailAddress where abuse reports to the prefecture are mailed; no default
 */
@ConfigurationProperties(PerCenterSettings.DEFAULTS)
@Validated
public record AbuseSettings(
    @PositiveAmount @DefaultValue("P1M") Period monitoringInterval,
    @DurationMin(seconds = 1) @DefaultValue("PT48H") Duration safetyConfirmationLimit,
    @DefaultValue("true") boolean sameDayWhenUrgent,
    // where 第17条 reports and 第24条 notices are mailed; no default (see docs/operations.md, "Mail")
    @Email String prefectureMailAddress) implements PerCenterSettings {}
