package jp.kikan.platform;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.retention.*}: how long the engine keeps history. The engine reads the value through a placeholder
 * in {@code application.yml} and parses days only (docs/operations.md, "Retention and history cleanup").
 *
 * @param historyTimeToLive how long the history of a finished process is kept, in days (P1825D = 5 years)
 */
@ConfigurationProperties("kikan.retention")
@Validated
public record RetentionProperties(
    @NotNull @Pattern(regexp = "P[0-9]{1,6}D|[0-9]{1,6}", message = "must be a number of days such as P1825D")
    @DefaultValue("P1825D") String historyTimeToLive) {}
