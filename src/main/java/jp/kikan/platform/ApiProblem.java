package jp.kikan.platform;

import org.springframework.http.HttpStatus;

/**
 * A problem with a request that the caller can fix, with a Japanese message for the staff member.
 * {@link ApiExceptionHandler} turns it into problem JSON with this status.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public ApiProblem(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "入力内容に誤りがあります", detail);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "権限がありません", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "見つかりません", detail);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "他の登録と矛盾します", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
