package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 緊急性 (DMN abuse-urgency, confirmed at the initial core meeting). */
public enum Urgency implements Labelled {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
