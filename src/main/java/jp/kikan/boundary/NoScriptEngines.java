package jp.kikan.boundary;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.dmn.engine.impl.spi.el.DmnScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Resolves no script language, for processes and for decisions: a script in a model (stored before the deployment
 * guard existed, or reaching the engine some other way) fails with the engine's "no script engine" error instead of
 * running. The engine has no switch to turn scripting off; an empty resolver is the switch.
 */
final class NoScriptEngines implements ScriptEngineResolver, DmnScriptEngineResolver {

  @Override
  public void addScriptEngineFactory(ScriptEngineFactory factory) {
    // none is ever added: models may not run scripts
  }

  @Override
  public ScriptEngineManager getScriptEngineManager() {
    return new ScriptEngineManager(null) {
      @Override
      public ScriptEngine getEngineByName(String shortName) {
        return null;
      }

      @Override
      public ScriptEngine getEngineByExtension(String extension) {
        return null;
      }

      @Override
      public ScriptEngine getEngineByMimeType(String mimeType) {
        return null;
      }
    };
  }

  @Override
  public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
    return null;
  }

  @Override
  public ScriptEngine getScriptEngineForLanguage(String language) {
    return null;
  }
}
