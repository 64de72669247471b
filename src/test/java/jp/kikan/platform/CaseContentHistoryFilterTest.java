package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class CaseContentHistoryFilterTest {

  @Test
  void caseContentFields_areKeptOutOfHistory_routingFlagsAndOtherEventsPass() {
    List<HistoryEvent> written = new ArrayList<>();
    HistoryEventHandler database = new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        written.add(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        written.addAll(events);
      }
    };
    var filter = new CaseContentHistoryFilter(database);
    filter.handleEvents(List.of(variable("intakeReporterName"), variable("recordVisitFindings"),
        variable("abuseFinding"), variable("record"), variable("recordings"), new HistoryEvent(),
        formField("intakeReporterName"), formField("urgency")));

    assertThat(written).hasSize(5);
    assertThat(written.stream().filter(e -> e instanceof HistoricFormPropertyEventEntity)
        .map(e -> ((HistoricFormPropertyEventEntity) e).getPropertyId())).containsExactly("urgency");
    assertThat(written.stream().filter(e -> e instanceof HistoricVariableUpdateEventEntity)
        .map(e -> ((HistoricVariableUpdateEventEntity) e).getVariableName()))
        .containsExactly("abuseFinding", "record", "recordings");
  }

  private static HistoricFormPropertyEventEntity formField(String name) {
    var event = new HistoricFormPropertyEventEntity();
    event.setPropertyId(name);
    return event;
  }

  private static HistoricVariableUpdateEventEntity variable(String name) {
    var event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    return event;
  }
}
