package jp.kikan.platform;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The cached engine answers as Camunda's own, also when the same expression meets other variables or fails. */
class ParsedFeelCacheTest {

  final ParsedFeelCache cached = new ParsedFeelCache();
  final ScalaFeelEngine camunda = new ScalaFeelEngine(java.util.List.of());

  @Test
  void theSameExpressionWithOtherVariables_evaluatesWithThoseVariables() {
    for (int n = 0; n < 3; n++) {
      var variables = Variables.createVariables().putValue("minorInjury", n % 2 == 0).putValue("count", n)
          .asVariableContext();
      Boolean sign = cached.evaluateSimpleExpression("minorInjury", variables);
      Long doubled = cached.evaluateSimpleExpression("count * 2", variables);
      Assertions.assertThat(sign).isEqualTo(camunda.<Boolean>evaluateSimpleExpression("minorInjury", variables))
          .isEqualTo(n % 2 == 0);
      Assertions.assertThat(doubled).isEqualTo(camunda.<Long>evaluateSimpleExpression("count * 2", variables))
          .isEqualTo(2L * n);
    }
  }

  @Test
  void anExpressionThatDoesNotParse_failsAsInCamunda() {
    var variables = Variables.createVariables().asVariableContext();
    Throwable expected = Assertions.catchThrowable(() -> camunda.evaluateSimpleExpression("1 +* 2", variables));
    Assertions.assertThatThrownBy(() -> cached.evaluateSimpleExpression("1 +* 2", variables))
        .isInstanceOf(FeelException.class).hasMessage(expected.getMessage());
  }
}
