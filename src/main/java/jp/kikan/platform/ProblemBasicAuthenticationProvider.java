package jp.kikan.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpStatus;

/** Camunda's HTTP Basic check, answering a failed login to {@code /api/*} with problem JSON a person can read. */
public class ProblemBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String DETAIL = "ログインが必要です。職員のユーザーIDとパスワードを Basic 認証で送ってください。";

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    try {
      Problems.write(response, HttpStatus.UNAUTHORIZED, "認証が必要です", DETAIL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
