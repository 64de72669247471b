package jp.kikan.person;

import jp.kikan.platform.Labelled;

/** 障害種別 (a person may have several), as in the national survey. */
public enum Disability implements Labelled {
  PHYSICAL("身体障害"),
  INTELLECTUAL("知的障害"),
  MENTAL("精神障害"),
  DEVELOPMENTAL("発達障害"),
  INTRACTABLE_DISEASE("難病等"),
  UNKNOWN("不明");

  private final String label;

  Disability(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
