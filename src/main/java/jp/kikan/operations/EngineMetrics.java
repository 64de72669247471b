package jp.kikan.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import jp.kikan.center.CenterProperties;
import jp.kikan.center.StaffGroup;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gauges computed from the engine's tables for Prometheus ({@code /actuator/prometheus}): what is waiting, what is
 * late and what is broken, per center. Each gauge is one count query, run without authorization checks (the numbers
 * are the installation's, whoever scrapes), and keeps its value for {@code kikan.metrics.cache-duration}.
 *
 * <ul>
 *   <li>{@code kikan_tasks_open{group,tenant}}: unassigned tasks offered to a staff group (the group's queue in
 *       Tasklist); {@code group="assigned"}: tasks someone has claimed or been given.</li>
 *   <li>{@code kikan_tasks_overdue{tenant}}: open tasks whose due date has passed.</li>
 *   <li>{@code kikan_incidents_open{process,tenant}}: open incidents (a failing job or outside system).</li>
 *   <li>{@code kikan_jobs_due}: jobs the job executor may run now (retries left, due, not suspended).</li>
 *   <li>{@code kikan_jobs_failed}: jobs whose retries are used up (each has an incident).</li>
 *   <li>{@code kikan_process_instances_running{process,tenant}}: running process instances.</li>
 * </ul>
 *
 * <p>Centers are the configured ones; processes are the deployed process definition keys, looked up again when the
 * cache expires, so a process deployed later gets its gauges from the next scrape on.
 */
@Component
public class EngineMetrics implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(EngineMetrics.class);

  /** The {@code group} label of tasks that have an assignee. */
  static final String ASSIGNED = "assigned";

  private final CommandExecutor commands;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final RepositoryService repository;
  private final List<String> tenants;
  private final ProcessInstanceCounters counters;
  private final Clock clock;
  private final Duration cacheDuration;

  /** Micrometer holds gauges' state weakly: the gauges' counts live here. */
  private final List<CachedCount> gauges = new ArrayList<>();
  private final Set<String> processes = ConcurrentHashMap.newKeySet();
  private volatile MeterRegistry registry;
  private volatile long processesReadAt;

  /** Takes the built engine, not its configuration bean: the command executor exists once the engine is built. */
  public EngineMetrics(ProcessEngine engine, CenterProperties centers, ProcessInstanceCounters counters, Clock clock,
      MetricsProperties properties) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.commands = configuration.getCommandExecutorTxRequired();
    this.tasks = configuration.getTaskService();
    this.runtime = configuration.getRuntimeService();
    this.management = configuration.getManagementService();
    this.repository = configuration.getRepositoryService();
    this.tenants = List.copyOf(new TreeSet<>(centers.centers().keySet()));
    this.counters = counters;
    this.clock = clock;
    this.cacheDuration = properties.cacheDuration();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    counters.bindTo(registry);
    for (String tenant : tenants) {
      for (StaffGroup group : StaffGroup.values()) {
        if (group.worksOnCases()) {
          gauge(registry, "kikan.tasks.open", "Open tasks of a center: unassigned ones offered to a group, or assigned",
              () -> tasks.createTaskQuery().taskCandidateGroup(group.id()).tenantIdIn(tenant).count(),
              "group", group.id(), "tenant", tenant);
        }
      }
      gauge(registry, "kikan.tasks.open", "Open tasks of a center: unassigned ones offered to a group, or assigned",
          () -> tasks.createTaskQuery().taskAssigned().tenantIdIn(tenant).count(), "group", ASSIGNED, "tenant", tenant);
      gauge(registry, "kikan.tasks.overdue", "Open tasks of a center whose due date has passed",
          () -> tasks.createTaskQuery().tenantIdIn(tenant).dueBefore(Date.from(clock.instant())).count(),
          "tenant", tenant);
    }
    gauge(registry, "kikan.jobs.due", "Jobs the job executor may run now (retries left, due, not suspended)",
        () -> management.createJobQuery().executable().count());
    gauge(registry, "kikan.jobs.failed", "Jobs whose retries are used up; each has an incident",
        () -> management.createJobQuery().noRetriesLeft().count());
    discoverProcesses();
  }

  /** Registers the per-process gauges and counters of every deployed process key not seen yet. */
  private void discoverProcesses() {
    processesReadAt = System.nanoTime();
    MeterRegistry bound = registry;
    List<String> keys = unauthorized(() -> repository.createProcessDefinitionQuery().latestVersion().list())
        .stream().map(ProcessDefinition::getKey).distinct().sorted().toList();
    for (String process : keys) {
      if (!processes.add(process)) {
        continue;
      }
      for (String tenant : tenants) {
        counters.expect(process, tenant);
        gauge(bound, "kikan.incidents.open", "Open incidents (failed jobs, failing outside systems)",
            () -> runtime.createIncidentQuery().processDefinitionKeyIn(process).tenantIdIn(tenant).count(),
            "process", process, "tenant", tenant);
        gauge(bound, "kikan.process.instances.running", "Running process instances",
            () -> runtime.createProcessInstanceQuery().processDefinitionKey(process).tenantIdIn(tenant).count(),
            "process", process, "tenant", tenant);
      }
    }
  }

  private void discoverProcessesWhenDue() {
    if (System.nanoTime() - processesReadAt >= cacheDuration.toNanos()) {
      synchronized (processes) {
        if (System.nanoTime() - processesReadAt >= cacheDuration.toNanos()) {
          try {
            discoverProcesses();
          } catch (RuntimeException e) {
            log.debug("process definitions could not be read for the metrics: {}", e.toString());
          }
        }
      }
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, LongSupplier query, String... tags) {
    CachedCount count = new CachedCount(name + List.of(tags), () -> unauthorized(query::getAsLong), cacheDuration);
    synchronized (gauges) {
      gauges.add(count);
    }
    Gauge.builder(name, count, c -> {
          discoverProcessesWhenDue();
          return c.value();
        })
        .description(description)
        .tags(tags)
        .register(registry);
  }

  /** The installation's numbers, whoever (or no one) is authenticated on this thread. */
  private <T> T unauthorized(Supplier<T> query) {
    return commands.execute(context -> {
      boolean authorization = context.isAuthorizationCheckEnabled();
      boolean tenantCheck = context.isTenantCheckEnabled();
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      try {
        return query.get();
      } finally {
        context.setAuthorizationCheckEnabled(authorization);
        context.setTenantCheckEnabled(tenantCheck);
      }
    });
  }
}
