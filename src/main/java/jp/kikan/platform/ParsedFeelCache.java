package jp.kikan.platform;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for the decision tables, keeping each expression once parsed. Camunda's own parses an
 * expression at every evaluation: the urgency decision's seven input expressions at every report (about 40 % of
 * the decision's CPU time, docs/performance.md, section 1). Parsing depends on the text only, so the parsed form is
 * kept by its text; evaluation is Camunda's, with the same variables and value mappers. An expression that does not
 * parse is not kept and fails exactly as in Camunda. Unary tests (the rules' cells) are left as they are. It is built
 * without custom FEEL functions: the app registers none ({@code dmnFeelCustomFunctionProviders}); one that does must
 * pass them to the constructor here.
 */
public class ParsedFeelCache extends ScalaFeelEngine {

  /** Far more than the distinct expressions of all deployed decisions; beyond it the cache starts over. */
  static final int KEPT_EXPRESSIONS = 10_000;

  private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

  public ParsedFeelCache() {
    super(List.of());
  }

  /** For the DMN engine configuration: {@code setFeelEngineFactory(new ParsedFeelCache.Factory())}. */
  public static final class Factory implements FeelEngineFactory {
    @Override
    public FeelEngine createInstance() {
      return new ParsedFeelCache();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression expressionParsed = parsed.get(expression);
    if (expressionParsed == null) {
      Either<?, ParsedExpression> result = feelEngine.parseExpression(expression);
      if (!(result instanceof Right<?, ParsedExpression> right)) {
        return super.evaluateSimpleExpression(expression, variableContext); // Camunda's error for a bad expression
      }
      expressionParsed = right.value();
      if (parsed.size() >= KEPT_EXPRESSIONS) {
        parsed.clear();
      }
      parsed.put(expression, expressionParsed);
    }
    CustomContext context = new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    };
    Either<?, Object> value = feelEngine.eval(expressionParsed, context);
    if (value instanceof Right<?, Object> evaluated) {
      return (T) evaluated.value();
    }
    // an evaluation failure: let Camunda's own path report it the way it always does
    return super.evaluateSimpleExpression(expression, variableContext);
  }
}
