package jp.kikan.secondary;

import jp.kikan.platform.Labelled;

/** 緊急度 as the support office sees it. */
public enum ConsultationUrgency implements Labelled {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String label;

  ConsultationUrgency(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
