package jp.kikan.center;

import java.util.List;
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

  /** The steps, in their order. */
  private final List<Runnable> steps;

  public PlatformSetup(CenterDirectory centerDirectory, StaffAuthorizations staffAuthorizations,
      TaskFilters taskFilters, ObjectProvider<DemoData> demoData, AdminBootstrap adminBootstrap) {
    this.steps = List.of(centerDirectory::synchronise, staffAuthorizations::ensure, taskFilters::ensure,
        () -> demoData.ifAvailable(DemoData::load), adminBootstrap::ensureAdministrator);
  }

  @Override
  public void afterSingletonsInstantiated() {
    steps.forEach(Runnable::run);
  }
}
