package jp.kikan.boundary;

import jp.kikan.config.PositiveAmount;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.engine-rest.*}: body limits of {@code /engine-rest} and the webapps' engine API
 * ({@link EngineBodyLimitFilter}).
 *
 * @param maxRequestSize largest request body; a larger one answers 413
 * @param maxDeploymentSize largest body of a deployment (models and forms)
 */
@ConfigurationProperties("kikan.engine-rest")
@Validated
public record EngineRestProperties(
    @PositiveAmount @DefaultValue("1MB") DataSize maxRequestSize,
    @PositiveAmount @DefaultValue("4MB") DataSize maxDeploymentSize) {}
