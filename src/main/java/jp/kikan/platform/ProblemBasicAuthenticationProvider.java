package jp.kikan.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpStatus;

/**
 * Camunda's HTTP Basic check, answering a failed login to {@code /api/*} with problem JSON a person can read. The
 * password check is the engine's ({@code IdentityService.checkPassword}), which throttles and locks a user after
 * failed attempts. The answer is the same whether the password was wrong, the user is waiting out a delay, is locked,
 * or does not exist: telling them apart would let a stranger find out which user ids exist. So the text names the
 * rules instead, with the engine's numbers.
 */
public class ProblemBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static String detail(ProcessEngine engine) {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return "ログインが必要です。職員のユーザーIDとパスワードを Basic 認証で送ってください。"
        + "パスワードを間違えると、そのユーザーはしばらく（最長" + config.getLoginDelayMaxTime()
        + "秒）正しいパスワードでもログインできません。" + config.getLoginMaxAttempts()
        + "回続けて間違えるとロックされ、管理者が解除するまでログインできません。";
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    try {
      Problems.write(response, HttpStatus.UNAUTHORIZED, "認証が必要です", detail(engine));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
