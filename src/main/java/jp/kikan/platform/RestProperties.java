package jp.kikan.platform;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.rest.*}: Camunda's REST APIs as the webapps use them ({@link HalRelationCaching}).
 *
 * @param halCacheTtl how long Tasklist's task pages reuse the users, groups and definitions their tasks link to;
 *     0s turns the cache off
 */
@ConfigurationProperties("kikan.rest")
@Validated
public record RestProperties(@DurationMin(seconds = 0) @DefaultValue("PT5M") Duration halCacheTtl) {}
