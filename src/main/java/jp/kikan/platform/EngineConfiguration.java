package jp.kikan.platform;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces the starter's engine configuration bean with ours; every {@link ProcessEnginePlugin} bean still applies
 * (the expression manager, limited to the beans models may call, is set by {@code boundary.ModelBoundaryPlugin}).
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  @Bean
  public ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
    KikanProcessEngineConfiguration configuration = new KikanProcessEngineConfiguration();
    DefaultDmnEngineConfiguration decisions =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    decisions.setFeelEngineFactory(new ParsedFeelCache.Factory());
    configuration.setDmnEngineConfiguration(decisions);
    configuration.setHistoryEventHandler(new CaseContentHistoryFilter(new DbHistoryEventHandler()));
    configuration.setCustomSessionFactories(List.of(new AuthorizationManagerWithoutGroupScan.Factory()));
    configuration.setCustomPostCommandInterceptorsTxRequired(List.of(new StaffQueryPlanning()));
    CamundaSpringBootUtil.initCustomFields(configuration);
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }
}
