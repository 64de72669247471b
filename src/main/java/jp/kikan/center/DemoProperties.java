package jp.kikan.center;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kikan.demo.*}: what profile {@code demo} adds. The demo cases of each process read the key themselves
 * ({@code @ConditionalOnProperty}, before any bean exists); this class declares it.
 *
 * @param sampleCases whether the invented sample cases are created at start-up
 */
@ConfigurationProperties("kikan.demo")
public record DemoProperties(@DefaultValue("true") boolean sampleCases) {}
