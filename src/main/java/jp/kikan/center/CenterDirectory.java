package jp.kikan.center;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the configured centers exist, as domain records and as Camunda tenants. Idempotent: a restart with the
 * same configuration changes nothing. A center removed from configuration is kept (its cases stay readable).
 */
@Component
public class CenterDirectory {

  private static final Logger log = LoggerFactory.getLogger(CenterDirectory.class);
  private static final Pattern CENTER_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");

  private final CenterProperties properties;
  private final CenterRepository centers;
  private final IdentityService identityService;
  private final Clock clock;

  public CenterDirectory(CenterProperties properties, CenterRepository centers, IdentityService identityService,
      Clock clock) {
    this.properties = properties;
    this.centers = centers;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Transactional
  public void synchronise() {
    for (Map.Entry<String, CenterProperties.Definition> entry : properties.centers().entrySet()) {
      String id = entry.getKey();
      CenterProperties.Definition definition = validated(id, entry.getValue());
      Instant now = clock.instant();
      centers.findById(id).ifPresentOrElse(
          center -> {
            if (center.update(definition.name(), definition.municipality(), definition.prefecture(), now)) {
              log.info("center {} updated from configuration", id);
            }
          },
          () -> {
            centers.save(new Center(id, definition.name(), definition.municipality(), definition.prefecture(), now));
            log.info("center {} ({}) registered", id, definition.name());
          });
      ensureTenant(id, definition.name());
    }
  }

  private void ensureTenant(String id, String name) {
    Tenant tenant = identityService.createTenantQuery().tenantId(id).singleResult();
    if (tenant == null) {
      tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    } else if (!name.equals(tenant.getName())) {
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }

  private static CenterProperties.Definition validated(String id, CenterProperties.Definition definition) {
    if (!CENTER_ID.matcher(id).matches()) {
      throw new IllegalStateException("kikan.centers." + id + ": a center id is lower-case letters, digits and '-' "
          + "(2-64 characters), starting with a letter / センターIDは英小文字・数字・ハイフンで指定してください");
    }
    if (blank(definition.name()) || blank(definition.municipality()) || blank(definition.prefecture())) {
      throw new IllegalStateException("kikan.centers." + id + ": name, municipality and prefecture are required"
          + " / センターの名称・市町村・都道府県を設定してください");
    }
    return definition;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
