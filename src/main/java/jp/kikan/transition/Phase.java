package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** The phase a transition case is in (Cockpit and GET /api/transitions?phase= show it). */
public enum Phase implements Labelled {
  REFERRAL("紹介受付"),
  PLANNING("計画・支給申請"),
  TRANSITION("地域移行支援"),
  SETTLEMENT("地域定着支援"),
  CLOSED("終結");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
