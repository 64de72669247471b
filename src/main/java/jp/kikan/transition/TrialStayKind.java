package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** 体験利用 (trial use of day services) and 体験宿泊 (trial overnight stays, not at the family home). */
public enum TrialStayKind implements Labelled {
  DAY_SERVICE_TRIAL("体験利用"),
  OVERNIGHT_TRIAL("体験宿泊");

  private final String label;

  TrialStayKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
