package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 虐待の種別 (第2条); one case may have several. */
public enum AbuseType implements Labelled {
  PHYSICAL("身体的虐待"),
  SEXUAL("性的虐待"),
  PSYCHOLOGICAL("心理的虐待"),
  NEGLECT("放棄・放置"),
  FINANCIAL("経済的虐待");

  private final String label;

  AbuseType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
