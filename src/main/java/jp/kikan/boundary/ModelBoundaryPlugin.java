package jp.kikan.boundary;

import java.util.ArrayList;
import java.util.List;
import jp.kikan.audit.AuditTrail;
import jp.kikan.platform.TaskListenerBeans;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a deployed model may execute, set on the engine before it is built:
 * <ul>
 *   <li>expressions resolve only the allowlisted beans ({@link ModelBeans}) and variables;</li>
 *   <li>no script language resolves, for processes or decisions ({@link NoScriptEngines});</li>
 *   <li>every new deployment passes the {@link DeploymentGuard} before the engine parses it.</li>
 * </ul>
 * Setting the engine's {@code beans} map here alone would be too late: the Spring factory has already built the
 * expression manager from the whole application context by then, so the expression manager is replaced as well
 * ({@code ModelBoundaryTest} proves which one the engine uses).
 */
@Component
@EnableConfigurationProperties(ModelBeans.Settings.class)
public class ModelBoundaryPlugin extends AbstractProcessEnginePlugin {

  private final ModelBeans beans;
  private final ModelRules rules;
  private final DeploymentGuard guard;
  private final ApplicationContext context;

  public ModelBoundaryPlugin(ModelBeans.Settings settings, ApplicationContext context,
      ObjectProvider<AuditTrail> audit, ObjectProvider<DeploymentCheck> checks) {
    this.context = context;
    this.beans = new ModelBeans(settings, context);
    this.rules = new ModelRules(new ExpressionRule(beans::allows, beans::isOtherBean, beans::offers));
    this.guard = new DeploymentGuard(rules, audit, checks);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBeans(beans.asMap());
    configuration.setExpressionManager(new TaskListenerBeans(context, beans.asMap()));
    NoScriptEngines noScripts = new NoScriptEngines();
    configuration.setScriptEngineResolver(noScripts);
    DefaultDmnEngineConfiguration decisions = configuration.getDmnEngineConfiguration();
    if (decisions != null) {
      decisions.setScriptEngineResolver(noScripts);
    }
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(guard);
    configuration.setCustomPreDeployers(preDeployers);
  }

  public ModelBeans beans() {
    return beans;
  }

  /** The rules new deployments are judged by (and the stored ones reported against). */
  public ModelRules rules() {
    return rules;
  }

  public DeploymentGuard guard() {
    return guard;
  }
}
