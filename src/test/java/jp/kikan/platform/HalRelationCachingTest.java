package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.identitylink.HalIdentityLink;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HalRelationCachingTest {

  @AfterEach
  void noCachesLeftForOtherTests() {
    Hal.getInstance().destroyHalRelationCaches();
  }

  @Test
  void cachesUsersGroupsAndDefinitionsButNotIdentityLinks() {
    new HalRelationCaching(Duration.ofMinutes(5)).afterPropertiesSet();

    DefaultHalResourceCache users = (DefaultHalResourceCache) Hal.getInstance().getHalRelationCache(HalUser.class);
    assertThat(users.getCapacity()).isEqualTo(HalRelationCaching.USERS);
    assertThat(users.getSecondsToLive()).isEqualTo(300);
    assertThat(Hal.getInstance().getHalRelationCache(HalGroup.class)).isNotNull();
    assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class)).isNotNull();
    assertThat(Hal.getInstance().getHalRelationCache(HalCaseDefinition.class)).isNotNull();
    // claiming a task changes its identity links: they are always read fresh
    assertThat(Hal.getInstance().getHalRelationCache(HalIdentityLink.class)).isNull();
  }

  @Test
  void zeroTurnsTheCacheOff() {
    new HalRelationCaching(Duration.ofMinutes(5)).afterPropertiesSet();
    new HalRelationCaching(Duration.ZERO).afterPropertiesSet();

    assertThat(Hal.getInstance().getHalRelationCache(HalUser.class)).isNull();
  }

  @Test
  void aNegativeTimeToLiveIsRefused() {
    assertThatThrownBy(() -> new HalRelationCaching(Duration.ofSeconds(-1)))
        .hasMessageContaining("kikan.rest.hal-cache-ttl");
  }
}
