package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 影響の程度. */
public enum Severity implements Labelled {
  MILD("軽度"),
  MODERATE("中度"),
  SEVERE("重度");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
