package jp.kikan.support;

import java.io.Reader;
import java.util.List;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.SimpleBindings;

/**
 * A script language ({@code canary}) on the tests' class path, found by the JDK's script engine manager as any real
 * one (Groovy, GraalJS) would be: a script in that language only counts that it ran ({@link Canary#OTHER_CALLS}).
 * Lets a test show that the engine runs no script of any language, whatever is installed.
 */
public class CanaryScriptEngineFactory implements ScriptEngineFactory {

  @Override
  public String getEngineName() {
    return "canary";
  }

  @Override
  public String getEngineVersion() {
    return "1";
  }

  @Override
  public List<String> getExtensions() {
    return List.of("canary");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of();
  }

  @Override
  public List<String> getNames() {
    return List.of("canary");
  }

  @Override
  public String getLanguageName() {
    return "canary";
  }

  @Override
  public String getLanguageVersion() {
    return "1";
  }

  @Override
  public Object getParameter(String key) {
    return switch (key) {
      case ScriptEngine.NAME, ScriptEngine.LANGUAGE -> "canary";
      default -> null;
    };
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m;
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    return toDisplay;
  }

  @Override
  public String getProgram(String... statements) {
    return String.join(";", statements);
  }

  @Override
  public ScriptEngine getScriptEngine() {
    ScriptEngineFactory factory = this;
    return new AbstractScriptEngine() {
      @Override
      public Object eval(String script, ScriptContext context) {
        Canary.OTHER_CALLS.incrementAndGet();
        return "CANARY-VALUE";
      }

      @Override
      public Object eval(Reader reader, ScriptContext context) {
        return eval("", context);
      }

      @Override
      public Bindings createBindings() {
        return new SimpleBindings();
      }

      @Override
      public ScriptEngineFactory getFactory() {
        return factory;
      }
    };
  }
}
