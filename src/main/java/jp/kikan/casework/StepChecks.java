package jp.kikan.casework;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jp.kikan.boundary.DeployedForms;
import jp.kikan.boundary.DeploymentCheck;
import jp.kikan.boundary.ModelRules;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the registrations and the models in step. At deployment, a model whose registered step reads a form field
 * that the task's form (deployed with it) lacks is refused, naming both; at start-up, a registered step whose task is
 * in no deployed version of its model is reported (a warning naming both: the model lost the task, or the step's id
 * is mistyped), and so is a stored model whose forms lack a field a step reads.
 */
@Component
public class StepChecks implements DeploymentCheck {

  private static final Logger log = LoggerFactory.getLogger(StepChecks.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<CaseworkListeners<?>> registrations;
  private final ObjectProvider<RepositoryService> repository;

  public StepChecks(ObjectProvider<CaseworkListeners<?>> registrations, ObjectProvider<RepositoryService> repository) {
    this.registrations = registrations;
    this.repository = repository;
  }

  /** A refusal per registered step whose form, deployed alongside, lacks a field the step reads. */
  @Override
  public List<ModelRules.Refusal> check(Map<String, byte[]> resources) {
    Map<String, CaseworkRegistration<?>> registered = registered();
    if (registered.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> formFields = formFields(resources);
    List<ModelRules.Refusal> refusals = new ArrayList<>();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        refusals.addAll(missingFields(name, Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)), registered,
            formFields::get));
      }
    });
    return refusals;
  }

  /** Once started: every registered step against every stored version of its model. */
  @EventListener(ApplicationReadyEvent.class)
  public void checkStoredModels() {
    RepositoryService models = repository.getObject();
    // versions of several models share a deployment: its forms are read once
    Map<String, Map<String, Set<String>>> formsByDeployment = new HashMap<>();
    for (CaseworkRegistration<?> registration : registered().values()) {
      Set<String> tasks = new HashSet<>();
      for (ProcessDefinition definition : models.createProcessDefinitionQuery()
          .processDefinitionKey(registration.processKey()).list()) {
        BpmnModelInstance model = models.getBpmnModelInstance(definition.getId());
        model.getModelElementsByType(UserTask.class).forEach(task -> tasks.add(task.getId()));
        missingFields(definition.getResourceName(), model, Map.of(registration.processKey(), registration),
            formsByDeployment.computeIfAbsent(definition.getDeploymentId(), id -> storedForms(models, id))::get)
            .forEach(refusal -> log.error("{}", refusal.message()));
      }
      registration.steps().keySet().stream().filter(step -> !tasks.contains(step)).forEach(step -> log.warn(
          "registered step {} is in no deployed version of the model {}: a task renamed or removed in the model, "
              + "or a step id mistyped", step, registration.processKey()));
    }
  }

  static List<ModelRules.Refusal> missingFields(String resource, BpmnModelInstance model,
      Map<String, CaseworkRegistration<?>> registered, Function<String, Set<String>> forms) {
    List<ModelRules.Refusal> refusals = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      CaseworkRegistration<?> registration = registered.get(process.getId());
      if (registration == null) {
        continue;
      }
      for (UserTask task : process.getChildElementsByType(UserTask.class)) {
        registration.step(task.getId()).ifPresent(step -> {
          Set<String> fields = task.getCamundaFormRef() == null ? Set.of() : forms.apply(task.getCamundaFormRef());
          if (fields == null) {
            return; // a form deployed before: checked against the stored models at start-up
          }
          Set<String> missing = new TreeSet<>(step.fields());
          missing.removeAll(fields);
          if (!missing.isEmpty()) {
            refusals.add(new ModelRules.Refusal(resource, task.getId(), "フォーム「" + task.getCamundaFormRef()
                + "」に、この手順が記録する項目 " + String.join(", ", missing)
                + " がありません。フォームに項目を戻すか、開発者に手順の変更を依頼してください。"));
          }
        });
      }
    }
    return refusals;
  }

  private Map<String, CaseworkRegistration<?>> registered() {
    Map<String, CaseworkRegistration<?>> byKey = new HashMap<>();
    try {
      registrations.orderedStream().forEach(l -> byKey.put(l.registration().processKey(), l.registration()));
    } catch (BeansException engineStillStarting) {
      // the models deployed while the engine starts are checked once it has started (checkStoredModels)
      return Map.of();
    }
    return byKey;
  }

  /** The forms of a stored deployment, by form id. */
  private static Map<String, Set<String>> storedForms(RepositoryService models, String deploymentId) {
    Map<String, byte[]> forms = new HashMap<>();
    for (String name : models.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream json = models.getResourceAsStream(deploymentId, name)) {
          forms.put(name, json.readAllBytes());
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return formFields(forms);
  }

  /** The fields of each form among {@code resources}, by form id. */
  private static Map<String, Set<String>> formFields(Map<String, byte[]> resources) {
    Map<String, Set<String>> fields = new HashMap<>();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".form")) {
        fields.put(formId(bytes), fields(new ByteArrayInputStream(bytes)));
      }
    });
    return fields;
  }

  private static String formId(byte[] json) {
    try {
      return JSON.readTree(json).path("id").asText("");
    } catch (IOException notJson) {
      return "";
    }
  }

  private static Set<String> fields(InputStream json) {
    try {
      return DeployedForms.read(json).fields().keySet();
    } catch (IOException notJson) {
      return Set.of();
    }
  }
}
