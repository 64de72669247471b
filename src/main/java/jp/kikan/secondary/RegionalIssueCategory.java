package jp.kikan.secondary;

import jp.kikan.platform.Labelled;

/** 地域課題の分類: what a case shows about the region, for the 協議会. */
public enum RegionalIssueCategory implements Labelled {
  RESOURCE_SHORTAGE("社会資源の不足"),
  COORDINATION("関係機関の連携・仕組み"),
  WORKFORCE("人材育成"),
  HOUSING("住まい"),
  MEDICAL("医療との連携"),
  RIGHTS_ADVOCACY("権利擁護"),
  DAYTIME_ACTIVITY("就労・日中活動"),
  OTHER("その他");

  private final String label;

  RegionalIssueCategory(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
