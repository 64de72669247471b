package jp.kikan.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, for the errors it answers itself before any servlet or filter runs: a URL or header too long,
 * an encoded "/" or invalid characters in the path, a path above the root. Problem JSON in Japanese, as everywhere
 * else, instead of Tomcat's HTML page; nothing about the server. Replaces the plain {@link ErrorReportValve} Spring
 * Boot installs (see {@code ApiInputConfiguration}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null) {
      status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
    try {
      String json = switch (status) {
        case BAD_REQUEST -> Problems.json(status, "リクエストを読み取れません",
            "URL（パスやパラメータ）またはヘッダーが長すぎるか、使えない文字が含まれています。アドレスを確認してください。");
        case NOT_FOUND -> Problems.json(status, "見つかりません", "指定されたURLは存在しません。アドレスを確認してください。");
        case METHOD_NOT_ALLOWED -> Problems.json(status, "操作が許可されていません",
            "このURLではこの操作（HTTPメソッド）は使えません。");
        case PAYLOAD_TOO_LARGE -> Problems.json(status, "送信内容が大きすぎます", "送信された内容が大きすぎます。");
        default -> status.is5xxServerError()
            ? Problems.json(status, "システムエラー", "処理中にエラーが発生しました。時間をおいて再度お試しください。")
            : Problems.json(status, "リクエストに誤りがあります", "リクエストを処理できません。アドレスや送信内容を確認してください。");
      };
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response was committed meanwhile: nothing left to tell
    }
  }
}
