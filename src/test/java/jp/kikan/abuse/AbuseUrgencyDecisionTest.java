package jp.kikan.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import jp.kikan.platform.ParsedFeelCache;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN abuse-urgency (bpmn/abuse-urgency.dmn), hit policy FIRST: one test per rule row, and the order between rows. */
class AbuseUrgencyDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    // with the FEEL engine the app configures (EngineConfiguration): each expression parsed once, evaluated anew
    dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .feelEngineFactory(new ParsedFeelCache.Factory()).buildEngine();
    try (InputStream model = AbuseUrgencyDecisionTest.class.getResourceAsStream("/bpmn/abuse-urgency.dmn")) {
      decision = dmn.parseDecision("abuse-urgency", model);
    }
  }

  static String urgency(String... signs) {
    Map<String, Object> variables = new HashMap<>(DangerSigns.NONE.asVariables());
    for (String sign : signs) {
      variables.put(sign, true);
    }
    return dmn.evaluateDecisionTable(decision, variables).getSingleResult().getSingleEntry();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "dangerToLife, HIGH",
      "seriousInjury, HIGH",
      "basicNeedsUnmet, HIGH",
      "asksForProtection, HIGH",
      "minorInjury, MEDIUM",
      "repeatedOrEscalating, MEDIUM",
      "cutOffFromSupport, MEDIUM"})
  void eachDangerSign_hasItsRule(String sign, String expected) {
    assertThat(urgency(sign)).isEqualTo(expected);
  }

  @Test
  void noDangerSign_isLow() {
    assertThat(urgency()).isEqualTo("LOW");
  }

  @Test
  void theGravestSignWins_whenSeveralAreReported() {
    assertThat(urgency("minorInjury", "asksForProtection")).isEqualTo("HIGH");
    assertThat(urgency("cutOffFromSupport", "repeatedOrEscalating", "minorInjury")).isEqualTo("MEDIUM");
  }
}
