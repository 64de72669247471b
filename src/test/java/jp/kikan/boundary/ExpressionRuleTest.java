package jp.kikan.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of expression a model may hold, judged without Spring or an engine. */
class ExpressionRuleTest {

  final ExpressionRule rule = new ExpressionRule(
      Set.of("abuseDeadlines", "abuseTaskRecorder", "centerSettings")::contains,
      Set.of("jdbcTemplate", "environment", "processEngine")::contains,
      (bean, method) -> Set.of("abuseDeadlines.setDue", "abuseDeadlines.dueFor").contains(bean + "." + method));

  @ParameterizedTest
  @ValueSource(strings = {"${abuseDeadlines.setDue(task)}", "${caseworkerId}",
      "${reportOutcome == 'NEW_CASE'}", "${abuserCategory == 'FACILITY_STAFF' && !closureApproved}",
      "${wishesToMove == true}", "${safetyDue}", "${count + 1 > 2 ? 'a' : 'b'}", "${empty note}", "${'MEDIUM'}",
      "Hello ${name}", "#{abuseDeadlines.dueFor(execution)}", "${abuseDeadlines.dueFor(task, 'x', 3)}"})
  void whatOurModelsUse_isAccepted(String expression) {
    assertThat(rule.problems(expression)).as(expression).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${jdbcTemplate.queryForList('select 1')}", "${jdbcTemplate}",
      "${environment.getProperty('user.name')}", "${execution.processEngineServices.runtimeService}",
      "${execution.getProcessEngineServices()}", "${task.setDueDate(null)}", "${centerId.getClass().forName('x')}",
      "${note.concat('x')}", "${x.class}", "${x['class']}", "${centerSettings.of('ayase').getClass()}",
      "${abuseDeadlines.dueFor(execution.processEngine)}", "${now()}", "${execution}", "${task}",
      "${abuseDeadlines.setDue(jdbcTemplate)}", "${1 + environment.getProperty('a')}", "${unclosed",
      "${abuseDeadlines.getClass()}", "${abuseDeadlines.toString()}", "${abuseTaskRecorder}",
      "${abuseTaskRecorder.notify(task)}", "${centerSettings.of('ayase')}"})
  void everythingElse_isRefused(String expression) {
    assertThat(rule.problems(expression)).as(expression).isNotEmpty();
  }

  @Test
  void aBeanByItself_onlyAsADelegate() {
    assertThat(rule.problems("${abuseTaskRecorder}", true)).isEmpty();
    assertThat(rule.problems("${abuseTaskRecorder}", false)).isNotEmpty();
    assertThat(rule.problems("${abuseTaskRecorder == null}", true)).as("only the bean, nothing more").isNotEmpty();
    assertThat(rule.problems("${jdbcTemplate}", true)).isNotEmpty();
  }

  @Test
  void aRefusalNamesWhatIsNotAllowed_neverAValue() {
    assertThat(rule.problems("${jdbcTemplate.queryForList('select * from abuse_reporter_identity')}"))
        .singleElement().asString().contains("jdbcTemplate").doesNotContain("abuse_reporter_identity");
  }

  @Test
  void plainText_isNoExpression() {
    assertThat(ExpressionRule.isExpression("caseworker")).isFalse();
    assertThat(ExpressionRule.isExpression("P2D")).isFalse();
    assertThat(ExpressionRule.isExpression("${x}")).isTrue();
    assertThat(ExpressionRule.isExpression("#{x}")).isTrue();
  }
}
