package jp.kikan.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api/**} (and of any other Spring MVC path, such as an unknown URL) as RFC 9457 problem JSON with a Japanese {@code detail} that tells the staff member
 * what to change. Field errors are listed under {@code errors} ({@code field}, {@code message}). Nothing internal
 * (stack traces, SQL, class names) reaches the caller; an unexpected failure gets an inquiry number that is logged.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<Object> apiProblem(ApiProblem e) {
    return problem(e.status(), e.title(), e.getMessage(), null);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> notAuthorized(AuthorizationException e) {
    log.info("authorization denied for {}: {}", e.getUserId(), e.getMessage());
    return problem(HttpStatus.FORBIDDEN, "権限がありません",
        "この操作を行う権限がありません。必要な場合はセンターの管理者に権限の付与を依頼してください。", null);
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Object> badUserRequest(BadUserRequestException e) {
    return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります", e.getMessage(), null);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
    List<Map<String, String>> errors = e.getConstraintViolations().stream()
        .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
        .toList();
    return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります", summary(errors), errors);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    Object value = e.getValue() instanceof Object[] values ? String.join("」「", java.util.Arrays.stream(values)
        .map(String::valueOf).toList()) : e.getValue();
    String detail = "パラメータ「" + e.getName() + "」の値「" + value + "」を読み取れません。";
    return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります", detail,
        List.of(Map.of("field", e.getName(), "message", "形式が正しくありません")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    String inquiry = UUID.randomUUID().toString().substring(0, 8);
    log.error("unexpected error, inquiry number {}", inquiry, e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "システムエラー",
        "処理中に予期しないエラーが発生しました。入力内容は保存されていない可能性があります。時間をおいて再度お試しください。"
            + "解決しない場合はシステム管理者に問い合わせ番号 " + inquiry + " をお伝えください。", null);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", f.getField(), "message", messageOf(f)))
        .toList();
    return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります", summary(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException unknown) {
      String field = path(unknown);
      return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります",
          "項目「" + field + "」はこの画面・APIでは受け付けていません。項目名を確認してください。",
          List.of(Map.of("field", field, "message", "不明な項目です")));
    }
    if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
        && invalid.getValue() instanceof String) {
      String field = path(invalid);
      return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります",
          "項目「" + field + "」に" + StrictJson.StorableText.PROBLEM + "。その文字を削除してください。",
          List.of(Map.of("field", field, "message", StrictJson.StorableText.PROBLEM)));
    }
    if (cause instanceof InvalidFormatException invalid) {
      String field = path(invalid);
      return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります",
          "項目「" + field + "」の値「" + invalid.getValue() + "」を読み取れません。" + expected(invalid.getTargetType()),
          List.of(Map.of("field", field, "message", "形式が正しくありません")));
    }
    if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      String field = path(mismatched);
      return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります",
          "項目「" + field + "」の値の種類が違います。" + expected(mismatched.getTargetType()),
          List.of(Map.of("field", field, "message", "値の種類が違います")));
    }
    if (cause instanceof InputCoercionException) {
      return problem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります",
          "数値が大きすぎるか小さすぎます。項目の範囲内の数値を入力してください。", null);
    }
    String where = cause instanceof JsonProcessingException json && json.getLocation() != null
        ? "（" + json.getLocation().getLineNr() + "行目 " + json.getLocation().getColumnNr() + "文字目付近）"
        : "";
    return problem(HttpStatus.BAD_REQUEST, "リクエストを読み取れません",
        "送信された内容を JSON として読み取れませんでした" + where + "。括弧や引用符、カンマを確認してください。", null);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    // Spring MVC's own errors (unknown path, wrong method or media type, missing parameter...), in Japanese.
    HttpStatus status = HttpStatus.resolve(statusCode.value());
    String detail = switch (status == null ? HttpStatus.BAD_REQUEST : status) {
      case NOT_FOUND -> "指定されたURLは存在しません。アドレスを確認してください。";
      case METHOD_NOT_ALLOWED -> "このURLではこの操作（HTTPメソッド）は使えません。";
      case UNSUPPORTED_MEDIA_TYPE -> "送信形式が違います。Content-Type: application/json で送ってください。";
      case NOT_ACCEPTABLE -> "この形式では応答できません。Accept ヘッダーを確認してください。";
      case PAYLOAD_TOO_LARGE -> "送信された内容が大きすぎます。";
      default -> statusCode.is5xxServerError()
          ? "処理中にエラーが発生しました。時間をおいて再度お試しください。"
          : "リクエストに誤りがあります。必須のパラメータや形式を確認してください。";
    };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusCode, detail);
    problem.setTitle(status == null ? "エラー" : titleOf(status));
    return ResponseEntity.status(statusCode).headers(headers).body(problem);
  }

  private static String titleOf(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "見つかりません";
      case METHOD_NOT_ALLOWED -> "操作が許可されていません";
      default -> status.is5xxServerError() ? "システムエラー" : "リクエストに誤りがあります";
    };
  }

  private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail,
      @Nullable List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (errors != null) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(status).body(problem);
  }

  private static String summary(List<Map<String, String>> errors) {
    return errors.stream()
        .map(e -> "「" + e.get("field") + "」" + e.get("message"))
        .collect(Collectors.joining("。", "", "。"));
  }

  private static String messageOf(FieldError error) {
    return error.getDefaultMessage() == null ? "値が正しくありません" : error.getDefaultMessage();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (java.time.LocalDate.class.equals(type)) {
      return "日付は 2026-04-01 の形式で入力してください。";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "日時は 2026-04-01T09:30:00+09:00 の形式で入力してください。";
    }
    if (type.isEnum()) {
      return "選べる値: " + java.util.Arrays.stream(type.getEnumConstants())
          .map(c -> c instanceof Labelled l ? c + "（" + l.label() + "）" : c.toString())
          .collect(Collectors.joining(", ")) + "。";
    }
    if (String.class.equals(type)) {
      return "文字列（\"…\"）で入力してください。";
    }
    if (boolean.class.equals(type) || Boolean.class.equals(type)) {
      return "true か false で入力してください。";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "数値で入力してください。";
    }
    return "";
  }
}
