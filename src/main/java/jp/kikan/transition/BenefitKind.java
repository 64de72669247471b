package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** The two benefits of 障害者総合支援法 this process tracks. */
public enum BenefitKind implements Labelled {
  TRANSITION("地域移行支援"),
  SETTLEMENT("地域定着支援");

  private final String label;

  BenefitKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
