package jp.kikan.platform;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheConfiguration;
import org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Camunda's HAL relation cache, for the task lists Tasklist shows (and {@code /engine-rest}'s HAL answers): the
 * users, groups and definitions a page of tasks links to are read once per {@code kikan.rest.hal-cache-ttl}
 * instead of by two to four extra queries with authorization checks on every page. The webapps' REST API and
 * {@code /engine-rest} share the one cache ({@link Hal#getInstance()}); it is what the servlet context parameter
 * {@code org.camunda.bpm.engine.rest.hal.cache.config} configures in a WAR deployment.
 *
 * <p>Cached are only resources a task links to by id: a renamed user or group shows its old name for at most the
 * time to live. Identity links (candidate groups and users of a task) are not cached: claiming a task changes them.
 * The cache answers without a second authorization check; it only ever holds users, groups and definitions that a
 * task visible to some staff member linked to, and Tasklist shows a task's assignee by name anyway.
 */
@Component
public class HalRelationCaching implements InitializingBean, DisposableBean {

  static final int USERS = 2_000;
  static final int GROUPS = 200;
  static final int DEFINITIONS = 200;

  private final Duration timeToLive;

  @Autowired
  public HalRelationCaching(RestProperties properties) {
    this(properties.halCacheTtl());
  }

  HalRelationCaching(Duration timeToLive) {
    if (timeToLive.isNegative()) {
      throw new IllegalArgumentException("kikan.rest.hal-cache-ttl must not be negative: " + timeToLive);
    }
    this.timeToLive = timeToLive;
  }

  @Override
  public void afterPropertiesSet() {
    Hal.getInstance().destroyHalRelationCaches();
    if (timeToLive.isZero()) {
      return; // turned off
    }
    HalRelationCacheConfiguration configuration = new HalRelationCacheConfiguration();
    configuration.setCacheImplementationClass(DefaultHalResourceCache.class);
    configuration.addCacheConfiguration(HalUser.class, settings(USERS));
    configuration.addCacheConfiguration(HalGroup.class, settings(GROUPS));
    configuration.addCacheConfiguration(HalProcessDefinition.class, settings(DEFINITIONS));
    configuration.addCacheConfiguration(HalCaseDefinition.class, settings(DEFINITIONS));
    new HalRelationCacheBootstrap().configureCaches(configuration);
  }

  private Map<String, Object> settings(int capacity) {
    return Map.of("capacity", capacity, "secondsToLive", timeToLive.toSeconds());
  }

  @Override
  public void destroy() {
    Hal.getInstance().destroyHalRelationCaches();
  }
}
