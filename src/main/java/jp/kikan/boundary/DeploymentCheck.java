package jp.kikan.boundary;

import java.util.List;
import java.util.Map;

/**
 * A further check of a new deployment, after the {@link ModelRules} accepted each file: one that needs the files
 * together (a model and its forms). Its refusals refuse the deployment like the rules' own (400, audited). A check
 * that cannot run yet (the application is still starting) answers nothing; it runs again on the stored models.
 */
public interface DeploymentCheck {

  List<ModelRules.Refusal> check(Map<String, byte[]> resources);
}
