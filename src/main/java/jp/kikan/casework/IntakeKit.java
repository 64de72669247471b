package jp.kikan.casework;

import java.time.Clock;
import jp.kikan.person.PersonRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The services every {@link IntakeTemplate} works with. */
@Component
public record IntakeKit(PersonRegistry persons, CaseNumbers numbers, RuntimeService runtime, Clock clock) {}
