package jp.kikan.audit;

import jp.kikan.platform.Labelled;

/** What was done: read, created or changed. */
public enum AuditAction implements Labelled {
  READ("閲覧"),
  CREATE("登録"),
  UPDATE("変更");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** GET and HEAD read; a POST to a collection creates; any other write changes what the path names. */
  public static AuditAction ofHttp(String method, boolean pathNamesACase) {
    return switch (method) {
      case "GET", "HEAD" -> READ;
      case "POST" -> pathNamesACase ? UPDATE : CREATE;
      default -> UPDATE;
    };
  }
}
