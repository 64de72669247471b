package jp.kikan.person;

import jp.kikan.platform.Labelled;

/** 性別, as the national survey (障害者虐待対応状況調査) counts it. */
public enum Sex implements Labelled {
  MALE("男性"),
  FEMALE("女性"),
  OTHER("その他"),
  UNKNOWN("不明");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
