package jp.kikan.boundary;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment refused by the guard: the REST API answers it with 400 and this Japanese message. */
public class ModelRefusedException extends BadUserRequestException {

  private final List<ModelRules.Refusal> refusals;

  ModelRefusedException(List<ModelRules.Refusal> refusals) {
    super(message(refusals));
    this.refusals = List.copyOf(refusals);
  }

  public List<ModelRules.Refusal> refusals() {
    return refusals;
  }

  private static String message(List<ModelRules.Refusal> refusals) {
    StringBuilder text = new StringBuilder("このモデルは配備できません。許可されていないものがあります:");
    refusals.stream().limit(20).forEach(r -> text.append("\n- ").append(r.message()));
    if (refusals.size() > 20) {
      text.append("\n- ほか ").append(refusals.size() - 20).append(" 件");
    }
    return text.append("\n使えるものは docs/modeler.md（「モデルで使えるもの」）にあります。").toString();
  }
}
