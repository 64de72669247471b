package jp.kikan.center;

import java.util.Arrays;
import java.util.Optional;

/** The staff groups of a center, as Camunda groups. What each may do is in {@link StaffAuthorizations}. */
public enum StaffGroup {
  CASEWORKER("caseworker", "相談支援専門員"),
  CHIEF("chief", "主任相談支援専門員"),
  MANAGER("manager", "センター長・管理者"),
  /** 市町村職員: only they may carry out 立入調査 (障害者虐待防止法 第11条; MHLW Q&A 2021-12). */
  MUNICIPAL_STAFF("municipal", "市町村職員"),
  ANALYST("analyst", "業務分析・モデル管理者"),
  /** Monitoring (Prometheus): may read /actuator/prometheus and the health details; no grant, no center, no case. */
  MONITORING("monitoring", "監視（メトリクスの取得）"),
  ADMIN("camunda-admin", "システム管理者");

  private final String id;
  private final String label;

  StaffGroup(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Groups whose members work on the cases of their own center. */
  public boolean worksOnCases() {
    return this == CASEWORKER || this == CHIEF || this == MANAGER || this == MUNICIPAL_STAFF;
  }

  public static Optional<StaffGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }
}
