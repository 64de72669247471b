package jp.kikan.platform;

import jp.kikan.config.PositiveAmount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.api.*}: limits on what {@code /api} takes ({@link ApiInputFilter}).
 *
 * @param maxRequestSize largest request body /api reads; a larger one answers 413
 */
@ConfigurationProperties("kikan.api")
@Validated
public record ApiProperties(@PositiveAmount @DefaultValue("1MB") DataSize maxRequestSize) {}
