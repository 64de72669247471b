package jp.kikan.abuse;

import java.util.Set;

/**
 * The names the abuse-report model and this package share (docs/dev/abuse-report-contract.md). Form fields named
 * {@code intake*} or {@code record*} are case content: copied into the records, removed from the process, never in
 * the history ({@link jp.kikan.platform.CaseContentHistoryFilter}).
 */
final class AbuseProcessVariables {


  /** Decisions staff take in forms that steer the process; they stay as variables and go into the case log. */
  static final Set<String> ROUTING = Set.of("urgency", "caseworkerId", "onSiteInspectionNeeded", "abuseFinding",
      "undeterminedDecision", "monitoringDecision", "closureApproved", "samePerson");

  private AbuseProcessVariables() {}
}
