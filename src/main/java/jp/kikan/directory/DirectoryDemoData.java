package jp.kikan.directory;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Invented organisations for the demo centers (profile {@code demo} only); a restart adds none. */
@Component
@Profile("demo")
public class DirectoryDemoData {

  record DemoOrganisation(String center, String name, OrganisationKind kind, String contact) {}

  static final List<DemoOrganisation> ORGANISATIONS = List.of(
      new DemoOrganisation("ayase", "相談支援事業所あやせ", OrganisationKind.SUPPORT_OFFICE, "小林 恵"),
      new DemoOrganisation("ayase", "相談支援センターひだまり", OrganisationKind.SUPPORT_OFFICE, "中村 翔"),
      new DemoOrganisation("ayase", "綾瀬市 障がい福祉課", OrganisationKind.MUNICIPAL_OFFICE, null),
      new DemoOrganisation("ayase", "綾瀬地域包括支援センター", OrganisationKind.AGENCY, null),
      new DemoOrganisation("ayase", "さがみ野病院", OrganisationKind.PSYCHIATRIC_HOSPITAL, "精神保健福祉士 高橋"),
      new DemoOrganisation("ayase", "グループホームさがみ", OrganisationKind.SERVICE_PROVIDER, null),
      new DemoOrganisation("ebina", "相談支援事業所えびな", OrganisationKind.SUPPORT_OFFICE, "渡辺 亮"),
      new DemoOrganisation("ebina", "海老名市 障がい福祉課", OrganisationKind.MUNICIPAL_OFFICE, null));

  private final OrganisationDirectory directory;

  public DirectoryDemoData(OrganisationDirectory directory) {
    this.directory = directory;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void load() {
    ORGANISATIONS.forEach(o -> directory.ensure(o.center(), o.name(), o.kind(), o.contact()));
  }
}
