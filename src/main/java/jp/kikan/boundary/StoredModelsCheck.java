package jp.kikan.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deployments stored before the guard existed (or under other rules) are judged once at start-up and reported in the
 * log, not refused: their running cases must go on. An operator who sees a warning deploys a corrected model and
 * migrates the running instances (docs/operations.md, "What a model may call").
 */
@Component
public class StoredModelsCheck {

  private static final Logger log = LoggerFactory.getLogger(StoredModelsCheck.class);

  private final ProcessEngine engine;
  private final ModelRules rules;

  public StoredModelsCheck(ProcessEngine engine, ModelBoundaryPlugin boundary) {
    this.engine = engine;
    this.rules = boundary.rules();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void report() {
    List<ModelRules.Refusal> found = check();
    found.forEach(r -> log.warn("Stored deployment outside today's model rules (not refused, check it): {}",
        r.message()));
    log.info("Model rules: {} finding(s) in the stored deployments", found.size());
  }

  /** Every refusal the guard would give the stored deployments today, labelled with the deployment's id. */
  public List<ModelRules.Refusal> check() {
    RepositoryService repository = engine.getRepositoryService();
    List<ModelRules.Refusal> found = new ArrayList<>();
    for (Deployment deployment : repository.createDeploymentQuery().list()) {
      for (String name : repository.getDeploymentResourceNames(deployment.getId())) {
        try (InputStream in = repository.getResourceAsStream(deployment.getId(), name)) {
          for (ModelRules.Refusal refusal : rules.check(name, in.readAllBytes())) {
            found.add(new ModelRules.Refusal("deployment " + deployment.getId() + " " + refusal.resource(),
                refusal.element(), refusal.problem()));
          }
        } catch (IOException e) {
          log.warn("Stored resource {} of deployment {} could not be read", name, deployment.getId(), e);
        }
      }
    }
    return found;
  }
}
