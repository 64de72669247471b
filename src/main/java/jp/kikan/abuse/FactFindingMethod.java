package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 事実確認の方法. */
public enum FactFindingMethod implements Labelled {
  VISIT("訪問"),
  AGENCIES("関係機関からの聴取"),
  OTHER("その他");

  private final String label;

  FactFindingMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
