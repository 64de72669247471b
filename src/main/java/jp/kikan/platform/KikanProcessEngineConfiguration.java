package jp.kikan.platform;

import java.io.IOException;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.Resource;

/**
 * The engine configuration of kikan-flow.
 *
 * <p>Camunda names auto-deployed files by their absolute path (or bare file name inside a jar), so the same
 * model gets another name when the app runs from another folder, from the IDE or from the jar, and duplicate
 * filtering then deploys it again. We name each resource by its path on the classpath ({@code bpmn/abuse-report.bpmn},
 * {@code forms/abuse-intake.form}): a restart with unchanged models deploys nothing, wherever it runs.
 */
public class KikanProcessEngineConfiguration extends SpringProcessEngineConfiguration {

  static final String[] DEPLOYMENT_FOLDERS = {"bpmn/", "forms/"};

  public KikanProcessEngineConfiguration() {
    setDeploymentName("kikan-flow");
    // Redeploy every model and form together when any of them changed: forms are referenced with
    // formRefBinding="deployment", so a model must always be deployed with the forms it names.
    setDeployChangedOnly(false);
  }

  @Override
  protected String getFileResourceName(Resource resource) {
    return classpathName(resource);
  }

  static String classpathName(Resource resource) {
    String location;
    try {
      location = resource.getURL().toString();
    } catch (IOException e) {
      return resource.getFilename();
    }
    int best = -1;
    for (String folder : DEPLOYMENT_FOLDERS) {
      best = Math.max(best, location.lastIndexOf("/" + folder));
    }
    return best < 0 ? resource.getFilename() : location.substring(best + 1);
  }
}
