package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** 対面支援: the face-to-face contacts the 地域移行支援 fee counts. */
public enum ContactKind implements Labelled {
  INTERVIEW("面接"),
  ACCOMPANIMENT("同行");

  private final String label;

  ContactKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
