package jp.kikan.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a kind of work tells the kit once: its process, how a task finds its case, and its steps (task id → what the
 * step records, the form fields it reads, when it is due). Every user task of the process then gets its due date and
 * its description when created and the recording of its form when completed, without a line of XML
 * ({@link StepListeners}); a task with no registered step is recorded by the kit's default step
 * ({@link CaseworkListeners}). A process package declares one as a bean.
 *
 * @param <C> the case a task of the process works on
 */
public final class CaseworkRegistration<C> {

  /** How a task finds its case, and whether that case is the task's instance's and center's. */
  public interface CaseAccess<C> {

    /** The case the task's process variables name; null when they name none. Not checked: see {@link #belongsTo}. */
    C of(DelegateTask task);

    /** Whether the case is of this center and this process instance (checked before anything is recorded). */
    boolean belongsTo(C theCase, String centerId, String processInstanceId);
  }

  /** A process's work: how its tasks find their case, and where a step without Java of its own is logged. */
  public interface CaseWork<C> extends CaseAccess<C> {

    /** Writes an entry of the case log for a step without Java of its own: the task's id, who, what the form held. */
    void logStep(C theCase, String taskKey, String userId, Map<String, ?> content);
  }

  /** The description of a new task in Tasklist: the case at a glance, never the person's name; null: none. */
  @FunctionalInterface
  public interface Summary<C> {
    String describe(C theCase);
  }

  private final String processKey;
  private final CaseWork<C> work;
  private final Summary<C> summary;
  private final Step.DueDate<C> defaultDue;
  private final Map<String, Step<C>> steps;

  private CaseworkRegistration(Builder<C> builder) {
    this.processKey = builder.processKey;
    this.work = builder.work;
    this.summary = builder.summary;
    this.defaultDue = builder.defaultDue;
    this.steps = Collections.unmodifiableMap(new LinkedHashMap<>(builder.steps));
  }

  /**
   * Begins the registration of the process {@code processKey}: its work (the case of a task, the default step's
   * log), the description of its tasks and the due date of a task whose step names none.
   */
  public static <C> Builder<C> of(String processKey, CaseWork<C> work, Summary<C> summary,
      Step.DueDate<C> defaultDue) {
    return new Builder<>(processKey, work, summary, defaultDue);
  }

  public String processKey() {
    return processKey;
  }

  public CaseWork<C> cases() {
    return work;
  }

  public Summary<C> summary() {
    return summary;
  }

  /** The registered step of a task, if any. */
  public Optional<Step<C>> step(String taskKey) {
    return Optional.ofNullable(steps.get(taskKey));
  }

  /** The registered steps by task id, in registration order. */
  public Map<String, Step<C>> steps() {
    return steps;
  }

  /** The due rule of a task: its step's, or the process's default. */
  public Step.DueDate<C> due(String taskKey) {
    Step<C> step = steps.get(taskKey);
    return step != null && step.due() != null ? step.due() : defaultDue;
  }

  /** Builds a registration; each task id once. */
  public static final class Builder<C> {

    private final String processKey;
    private final CaseWork<C> work;
    private final Summary<C> summary;
    private final Step.DueDate<C> defaultDue;
    private final Map<String, Step<C>> steps = new LinkedHashMap<>();

    private Builder(String processKey, CaseWork<C> work, Summary<C> summary, Step.DueDate<C> defaultDue) {
      this.processKey = Objects.requireNonNull(processKey, "processKey");
      this.work = Objects.requireNonNull(work, "work");
      this.summary = Objects.requireNonNull(summary, "summary");
      this.defaultDue = Objects.requireNonNull(defaultDue, "defaultDue");
    }

    /** A step due by the default rule, reading the named form fields. */
    public Builder<C> step(String taskKey, Step.Recording<C> recording, String... fields) {
      return step(taskKey, recording, null, fields);
    }

    /** A step with its own due rule, reading the named form fields. */
    public Builder<C> step(String taskKey, Step.Recording<C> recording, Step.DueDate<C> due, String... fields) {
      if (steps.putIfAbsent(taskKey, new Step<>(taskKey, Set.of(fields), recording, due)) != null) {
        throw new IllegalStateException(processKey + ": step " + taskKey + " registered twice");
      }
      return this;
    }

    public CaseworkRegistration<C> build() {
      return new CaseworkRegistration<>(this);
    }

    /** The registration as the listeners every task of the process runs: the bean a process declares. */
    public CaseworkListeners<C> listeners() {
      return new CaseworkListeners<>(build());
    }
  }
}
