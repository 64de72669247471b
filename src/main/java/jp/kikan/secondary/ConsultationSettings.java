package jp.kikan.secondary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Period;
import jp.kikan.config.PerCenterSettings;
import jp.kikan.config.PositiveAmount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The 二次相談's settings, {@code kikan.defaults.*} for every center, each center's own under
 * {@code kikan.centers.<id>.settings.*} (see docs/operations.md); a center's are {@code centerSettings.of(centerId,
 * ConsultationSettings.class)}.
 *
 * @param triageBusinessDays consultation: business days from receipt within which the chief triages a request
 * @param followUpInterval consultation: time from the last support record to the next follow-up
 * @param longCaseReviewAfter consultation: time from receipt after which an open consultation is reviewed
 */
@ConfigurationProperties(PerCenterSettings.DEFAULTS)
@Validated
public record ConsultationSettings(
    @Min(0) @Max(60) @DefaultValue("2") int triageBusinessDays,
    @PositiveAmount @DefaultValue("P1M") Period followUpInterval,
    @PositiveAmount @DefaultValue("P6M") Period longCaseReviewAfter) implements PerCenterSettings {}
