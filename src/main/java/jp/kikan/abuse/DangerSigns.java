package jp.kikan.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/** 危険の兆候: what the reporter described, the inputs of the urgency decision (DMN {@code abuse-urgency}). */
@Embeddable
public record DangerSigns(
    @Column(name = "danger_to_life") boolean dangerToLife,
    @Column(name = "serious_injury") boolean seriousInjury,
    @Column(name = "basic_needs_unmet") boolean basicNeedsUnmet,
    @Column(name = "asks_for_protection") boolean asksForProtection,
    @Column(name = "minor_injury") boolean minorInjury,
    @Column(name = "repeated_or_escalating") boolean repeatedOrEscalating,
    @Column(name = "cut_off_from_support") boolean cutOffFromSupport) {

  public static final DangerSigns NONE = new DangerSigns(false, false, false, false, false, false, false);

  /** As the process variables the decision reads. */
  public Map<String, Object> asVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("dangerToLife", dangerToLife);
    variables.put("seriousInjury", seriousInjury);
    variables.put("basicNeedsUnmet", basicNeedsUnmet);
    variables.put("asksForProtection", asksForProtection);
    variables.put("minorInjury", minorInjury);
    variables.put("repeatedOrEscalating", repeatedOrEscalating);
    variables.put("cutOffFromSupport", cutOffFromSupport);
    return variables;
  }
}
