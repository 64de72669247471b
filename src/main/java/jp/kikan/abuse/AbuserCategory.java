package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 虐待者の類型 (障害者虐待防止法 第2条). */
public enum AbuserCategory implements Labelled {
  CAREGIVER("養護者"),
  FACILITY_STAFF("障害者福祉施設従事者等"),
  EMPLOYER("使用者"),
  UNKNOWN("不明");

  private final String label;

  AbuserCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
