package jp.kikan.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Counts process instances started and ended, per process definition key and center, as Prometheus counters
 * ({@code kikan_process_instances_started_total}, {@code kikan_process_instances_ended_total}).
 *
 * <p>It listens to the engine's history events (every start and every end, whether completed, cancelled or
 * terminated, also of called sub-processes) and counts an event only when its transaction commits, so a start that
 * is rolled back is not counted. Like every Prometheus counter it counts on this node since this node started:
 * {@code increase(...[1d])} gives the starts of a day across restarts, {@code sum} adds the nodes up. Counting
 * history rows instead would make the numbers fall whenever the history cleanup removes old instances, which
 * Prometheus would read as a counter reset.
 */
public class ProcessInstanceCounters implements HistoryEventHandler {

  static final String STARTED = "kikan.process.instances.started";
  static final String ENDED = "kikan.process.instances.ended";
  static final String NO_TENANT = "none";

  record Key(String name, String process, String tenant) {}

  private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();
  private volatile MeterRegistry registry;

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricProcessInstanceEventEntity instance)) {
      return;
    }
    String name = instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START) ? STARTED
        : instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END) ? ENDED : null;
    if (name == null || instance.getProcessDefinitionKey() == null) {
      return;
    }
    Key key = new Key(name, instance.getProcessDefinitionKey(),
        instance.getTenantId() == null ? NO_TENANT : instance.getTenantId());
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      count(key).incrementAndGet();
    } else {
      command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          committed -> count(key).incrementAndGet());
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  /** Registers the counters with the registry, from now on also every new one. */
  void bindTo(MeterRegistry registry) {
    this.registry = registry;
    counts.forEach((key, value) -> register(registry, key, value));
  }

  /** Makes both counters of a process and center exist at 0, so the first start shows as an increase. */
  void expect(String process, String tenant) {
    count(new Key(STARTED, process, tenant));
    count(new Key(ENDED, process, tenant));
  }

  private AtomicLong count(Key key) {
    return counts.computeIfAbsent(key, k -> {
      AtomicLong value = new AtomicLong();
      MeterRegistry bound = registry;
      if (bound != null) {
        register(bound, k, value);
      }
      return value;
    });
  }

  private static void register(MeterRegistry registry, Key key, AtomicLong value) {
    FunctionCounter.builder(key.name(), value, AtomicLong::get)
        .description(key.name().equals(STARTED)
            ? "Process instances started on this node since it started, per process definition key and center"
            : "Process instances ended (completed, cancelled or terminated) on this node since it started")
        .tags("process", key.process(), "tenant", key.tenant())
        .register(registry);
  }
}
