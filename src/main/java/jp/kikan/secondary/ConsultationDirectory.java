package jp.kikan.secondary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Offers the center's organisations to the conference form's participant checklist: a create listener puts them
 * into the task-local variable {@code agencyOptions} (names and ids only, no personal data).
 */
@Component("consultationDirectory")
public class ConsultationDirectory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OrganisationRepository organisations;

  public ConsultationDirectory(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  public void offerAgencies(DelegateTask task) {
    List<Map<String, String>> options = organisations
        .findByCenterIdAndActiveTrueOrderByKindAscNameAsc(task.getTenantId()).stream()
        .map(ConsultationDirectory::option).toList();
    try {
      task.setVariableLocal("agencyOptions", SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> option(Organisation organisation) {
    return Map.of("label", organisation.getName() + "（" + organisation.getKind().label() + "）",
        "value", organisation.getId().toString());
  }
}
