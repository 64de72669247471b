package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** 緊急時支援: how the center responded. */
public enum EmergencyResponse implements Labelled {
  VISIT("訪問"),
  PHONE("電話対応"),
  COORDINATION("関係機関との調整"),
  TEMPORARY_STAY("一時的な宿泊等");

  private final String label;

  EmergencyResponse(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
