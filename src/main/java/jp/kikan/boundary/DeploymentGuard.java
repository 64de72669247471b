package jp.kikan.boundary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kikan.audit.AuditAction;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKind;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Judges every new deployment before the engine parses it (REST, Modeler, Cockpit's redeploy and the start-up
 * auto-deployment all pass here): a resource outside {@link ModelRules} refuses the whole deployment with a 400 that
 * names the element and what is not allowed; a deployment into a center's tenant is for administrators only.
 * Each deployment and each refusal is written to the audit trail (who, resource names and SHA-256 checksums, why
 * refused); a refusal in a transaction of its own, since the deployment's own transaction is rolled back.
 *
 * <p>Deployments already stored are loaded again into the engine's cache through the same deployers; only new ones
 * are judged here ({@link StoredModelsCheck} reports on the stored ones once at start-up).
 */
public class DeploymentGuard implements Deployer {

  static final String ADMIN_GROUP = "camunda-admin";

  private final ModelRules rules;
  /**
   * Resources judged and accepted, by name and SHA-256: the rules depend on nothing but the bytes and the allowlist,
   * which is fixed while the app runs, and most deployments repeat files deployed before (Modeler deploys a model
   * with all its forms). Bounded, oldest forgotten first.
   */
  private final Map<String, Boolean> accepted = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > 2_000;
        }
      });
  private final ObjectProvider<AuditTrail> audit;
  private volatile boolean enabled = true;

  private final ObjectProvider<DeploymentCheck> checks;

  public DeploymentGuard(ModelRules rules, ObjectProvider<AuditTrail> audit, ObjectProvider<DeploymentCheck> checks) {
    this.rules = rules;
    this.audit = audit;
    this.checks = checks;
  }

  /**
   * Turns the guard off (rules, tenant rule and audit), for the bench's comparison and for tests that show what the
   * engine does beneath it: no property or endpoint reaches it, only code that holds this bean.
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!enabled || !deployment.isNew()) {
      return;
    }
    Authentication user = Context.getCommandContext() == null ? null
        : Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    Map<String, byte[]> resources = new TreeMap<>();
    Map<String, ResourceEntity> stored = deployment.getResources();
    if (stored != null) {
      stored.forEach((name, resource) -> resources.put(name, resource.getBytes()));
    }
    Map<String, String> checksums = new TreeMap<>();
    resources.forEach((name, bytes) -> checksums.put(name, sha256(bytes)));
    if (deployment.getTenantId() != null && user != null
        && (user.getGroupIds() == null || !user.getGroupIds().contains(ADMIN_GROUP))) {
      String why = "センター（テナント「" + deployment.getTenantId() + "」）への配備はシステム管理者だけができます。"
          + "テナントを指定せずに配備してください（全センター共通の定義になります）。";
      refused(user, deployment, checksums, why, 403);
      throw new AuthorizationException(why);
    }
    List<ModelRules.Refusal> refusals = new ArrayList<>();
    resources.forEach((name, bytes) -> {
      if (!accepted.containsKey(name + " " + checksums.get(name))) {
        refusals.addAll(rules.check(name, bytes));
      }
    });
    if (refusals.isEmpty()) {
      checksums.forEach((name, checksum) -> remember(name + " " + checksum));
      // the files together: never remembered, a form accepted alone may lack what a model's step reads
      checks.orderedStream().forEach(check -> refusals.addAll(check.check(resources)));
    }
    if (!refusals.isEmpty()) {
      ModelRefusedException refusal = new ModelRefusedException(refusals);
      refused(user, deployment, checksums, refusal.getMessage(), 400);
      throw refusal;
    }
    AuditTrail trail = audit.getIfAvailable();
    if (trail != null) {
      trail.recordChanges(lines(user, deployment, checksums, "配備", null));
    }
  }

  private void remember(String resource) {
    accepted.put(resource, Boolean.TRUE);
  }

  private void refused(Authentication user, DeploymentEntity deployment, Map<String, String> checksums,
      String why, int outcome) {
    AuditTrail trail = audit.getIfAvailable();
    if (trail == null) {
      return;
    }
    List<AuditTrail.Line> lines = new ArrayList<>(lines(user, deployment, checksums, "配備を拒否", outcome));
    lines.add(line(user, deployment, "配備を拒否した理由: " + why.replace('\n', ' '), outcome));
    trail.recordRequest(lines);
  }

  /**
   * The resources' names and checksums, as few lines as the audit trail's text allows: one insert per line, and a
   * deployment of all our models and forms is 35 resources (docs/performance.md, section 6).
   */
  private static List<AuditTrail.Line> lines(Authentication user, DeploymentEntity deployment,
      Map<String, String> checksums, String verb, Integer outcome) {
    List<AuditTrail.Line> lines = new ArrayList<>();
    StringBuilder what = new StringBuilder(verb);
    for (Map.Entry<String, String> resource : checksums.entrySet()) {
      String item = resource.getKey() + " sha256=" + resource.getValue();
      if (what.length() > verb.length() && what.length() + 2 + item.length() > AuditTrail.WHAT_LENGTH) {
        lines.add(line(user, deployment, what.toString(), outcome));
        what = new StringBuilder(verb);
      }
      what.append(what.length() > verb.length() ? "; " : " ").append(item);
    }
    lines.add(line(user, deployment, what.length() > verb.length() ? what.toString() : verb + "（ファイルなし）",
        outcome));
    return lines;
  }

  private static AuditTrail.Line line(Authentication user, DeploymentEntity deployment, String what,
      Integer outcome) {
    String ref = (deployment.getName() == null ? "" : deployment.getName())
        + (deployment.getTenantId() == null ? "" : " @" + deployment.getTenantId());
    return new AuditTrail.Line(user == null ? null : user.getUserId(), null, CaseKind.MODEL_DEPLOYMENT,
        ref.isEmpty() ? null : ref, AuditAction.CREATE, what, outcome);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
