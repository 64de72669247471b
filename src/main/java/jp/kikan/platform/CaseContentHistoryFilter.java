package jp.kikan.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * History level stays {@code full}, but form fields that carry case content ({@code intake*}: the 受付記録票 with the
 * reporter's identity, 第8条; {@code record*}: what staff write in task forms) never reach Camunda's history tables.
 * The code copies them into the case records and removes them in the same transaction; without this filter the
 * history would keep a copy beyond the case file's access rules and retention: as variable updates, and, for a
 * submitted form, as form-field events as well.
 */
public class CaseContentHistoryFilter implements HistoryEventHandler {

  /** Start-form fields: the 受付記録票. */
  public static final String START_FORM_PREFIX = "intake";
  /** Task-form fields: what staff record in a task. */
  public static final String TASK_FORM_PREFIX = "record";

  static final List<String> CASE_CONTENT_PREFIXES = List.of(START_FORM_PREFIX, TASK_FORM_PREFIX);

  private final HistoryEventHandler delegate;

  public CaseContentHistoryFilter(HistoryEventHandler delegate) {
    this.delegate = delegate;
  }

  public static boolean isCaseContent(String variableName) {
    return variableName != null && CASE_CONTENT_PREFIXES.stream().anyMatch(p -> variableName.startsWith(p)
        && variableName.length() > p.length() && Character.isUpperCase(variableName.charAt(p.length())));
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    boolean caseContent = event instanceof HistoricVariableUpdateEventEntity variable
        ? isCaseContent(variable.getVariableName())
        : event instanceof HistoricFormPropertyEventEntity formField && isCaseContent(formField.getPropertyId());
    if (!caseContent) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
