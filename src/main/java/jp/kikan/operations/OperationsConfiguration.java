package jp.kikan.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics for operations: the engine's gauges ({@link EngineMetrics}) and the process instance counters. */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

  @Bean
  public ProcessInstanceCounters processInstanceCounters() {
    return new ProcessInstanceCounters();
  }

  /** The counters hear the engine's history events next to the handler that writes the history tables. */
  @Bean
  public ProcessEnginePlugin processInstanceCountersPlugin(ProcessInstanceCounters counters) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventHandler() != null) {
          configuration.setHistoryEventHandler(
              new CompositeHistoryEventHandler(configuration.getHistoryEventHandler(), counters));
        } else {
          List<HistoryEventHandler> custom = new ArrayList<>();
          if (configuration.getCustomHistoryEventHandlers() != null) {
            custom.addAll(configuration.getCustomHistoryEventHandlers());
          }
          custom.add(counters);
          configuration.setCustomHistoryEventHandlers(custom);
        }
      }

      @Override
      public String toString() {
        return "ProcessInstanceCountersPlugin";
      }
    };
  }
}
