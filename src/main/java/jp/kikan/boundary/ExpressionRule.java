package jp.kikan.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Which expressions a deployed model may hold. JUEL calls any public method of any object it reaches, so limiting the
 * beans is not enough: {@code ${execution.processEngineServices…}}, {@code ${x.getClass().forName(…)}} or a method on
 * a variable's value reach the whole server. An expression is parsed with the engine's own JUEL parser (so what is
 * judged is what would run) and accepted only if it is built of:
 * <ul>
 *   <li>literals, variable reads, comparisons, arithmetic, logic, {@code empty} and {@code ?:};</li>
 *   <li>an allowlisted bean by itself, only where the engine wants a delegate or listener
 *   ({@code delegateExpression}), so that no bean object becomes a value a model can hold;</li>
 *   <li>a call directly on an allowlisted bean of a method the bean offers (declared by its own class, returning
 *   nothing or a plain value: text, number, truth value, date), whose arguments are themselves accepted or are
 *   {@code task} or {@code execution} as a whole.</li>
 * </ul>
 * Everything else is refused: property access ({@code a.b}, {@code a['b']}), calls on anything but an allowlisted
 * bean, {@code getClass()} and the other methods every object has, methods returning objects (a model could keep one
 * in a variable and call into it from a decision), functions ({@code now()}), names of beans that are not
 * allowlisted. Free of Spring and of the engine's runtime: only the parser is used, nothing is evaluated.
 */
public final class ExpressionRule {

  /** Names the engine binds to the object an expression runs on: whole objects, passable only as arguments. */
  static final Set<String> SCOPE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution");

  private final Predicate<String> allowedBean;
  private final Predicate<String> otherBean;
  private final BiPredicate<String, String> offeredMethod;

  /**
   * @param allowedBean names of the beans models may use
   * @param otherBean names that are beans of the application but not allowed (named in the refusal as such)
   * @param offeredMethod whether an allowed bean offers a method of that name to models
   */
  public ExpressionRule(Predicate<String> allowedBean, Predicate<String> otherBean,
      BiPredicate<String, String> offeredMethod) {
    this.allowedBean = allowedBean;
    this.otherBean = otherBean;
    this.offeredMethod = offeredMethod;
  }

  /** True when the text holds something JUEL evaluates; plain text is a literal and needs no check. */
  public static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** {@link #problems(String, boolean)} outside a {@code delegateExpression}. */
  public List<String> problems(String text) {
    return problems(text, false);
  }

  /**
   * What is not allowed in {@code text}, in Japanese, one line each; empty when the expression may be deployed.
   * {@code delegate}: the text is a {@code delegateExpression}, where a bean by itself is what the engine wants.
   */
  public List<String> problems(String text, boolean delegate) {
    List<String> problems = new ArrayList<>();
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text).getRoot();
    } catch (TreeBuilderException | IllegalArgumentException e) {
      problems.add("式を読み取れません（書き方の誤り）");
      return problems;
    }
    check(root, false, delegate && isBareReference(root), problems);
    return problems;
  }

  /** {@code ${name}} and nothing else. */
  private static boolean isBareReference(Node root) {
    return root instanceof AstEval eval && eval.getCardinality() == 1 && eval.getChild(0) instanceof AstIdentifier;
  }

  private void check(Node node, boolean argument, boolean delegate, List<String> problems) {
    if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull) {
      return;
    }
    if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstNested
        || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice) {
      for (int i = 0; i < node.getCardinality(); i++) {
        check(node.getChild(i), false, delegate, problems);
      }
      return;
    }
    if (node instanceof AstIdentifier identifier) {
      identifier(identifier.getName(), argument, delegate, problems);
      return;
    }
    if (node instanceof AstMethod method) {
      method(method, problems);
      return;
    }
    if (node instanceof AstDot || node instanceof org.camunda.bpm.impl.juel.AstBracket) {
      problems.add("値の項目の参照（「.」や「[ ]」）は使えません");
      return;
    }
    if (node instanceof org.camunda.bpm.impl.juel.AstFunction) {
      problems.add("関数の呼び出しは使えません");
      return;
    }
    problems.add("使えない書き方です（" + node.getClass().getSimpleName() + "）");
  }

  private void identifier(String name, boolean argument, boolean delegate, List<String> problems) {
    if (SCOPE_OBJECTS.contains(name)) {
      if (!argument) {
        problems.add("「" + name + "」は、許可された部品の呼び出しの引数としてだけ使えます");
      }
    } else if (allowedBean.test(name)) {
      if (!delegate) {
        problems.add("部品「" + name + "」そのものは delegateExpression でだけ使えます（値としては使えません）");
      }
    } else if (otherBean.test(name)) {
      problems.add("部品「" + name + "」はモデルから使えません（許可された部品ではありません）");
    }
  }

  private void method(AstMethod method, List<String> problems) {
    Node property = method.getChild(0);
    Node params = method.getChild(1);
    Node base = property instanceof AstDot ? property.getChild(0) : null;
    if (!(base instanceof AstIdentifier bean) || !allowedBean.test(bean.getName())) {
      String name = base instanceof AstIdentifier other ? other.getName() : null;
      problems.add(name == null ? "呼び出せるのは、許可された部品のメソッドだけです"
          : "「" + name + "」のメソッドは呼び出せません（許可された部品ではありません）");
      return;
    }
    String name = property.toString().startsWith(". ") ? property.toString().substring(2) : "";
    if (!offeredMethod.test(bean.getName(), name)) {
      problems.add("「" + bean.getName() + "」のメソッド「" + name + "」はモデルから呼び出せません");
      return;
    }
    if (params instanceof AstParameters parameters) {
      for (int i = 0; i < parameters.getCardinality(); i++) {
        check(parameters.getChild(i), true, false, problems);
      }
    }
  }
}
