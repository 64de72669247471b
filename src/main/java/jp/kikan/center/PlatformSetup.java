package jp.kikan.center;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Start-up set-up of centers, staff groups, filters, demo data and the administrator, in that order. It runs once
 * all beans (the process engine included) exist and before the web server accepts requests, so a failure (no
 * administrator) stops the start instead of serving a half-configured app.
 */
@Component
public class PlatformSetup implements SmartInitializingSingleton {

  private final CenterDirectory centerDirectory;
  private final StaffAuthorizations staffAuthorizations;
  private final TaskFilters taskFilters;
  private final ObjectProvider<DemoData> demoData;
  private final AdminBootstrap adminBootstrap;

  public PlatformSetup(CenterDirectory centerDirectory, StaffAuthorizations staffAuthorizations,
      TaskFilters taskFilters, ObjectProvider<DemoData> demoData, AdminBootstrap adminBootstrap) {
    this.centerDirectory = centerDirectory;
    this.staffAuthorizations = staffAuthorizations;
    this.taskFilters = taskFilters;
    this.demoData = demoData;
    this.adminBootstrap = adminBootstrap;
  }

  @Override
  public void afterSingletonsInstantiated() {
    centerDirectory.synchronise();
    staffAuthorizations.ensure();
    taskFilters.ensure();
    demoData.ifAvailable(DemoData::load);
    adminBootstrap.ensureAdministrator();
  }
}
