package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 虐待の有無の判断 (survey: 事実が認められた / 認められなかった / 判断に至らなかった). */
public enum Finding implements Labelled {
  CONFIRMED("虐待の事実が認められた"),
  NOT_CONFIRMED("虐待の事実が認められなかった"),
  UNDETERMINED("判断に至らなかった");

  private final String label;

  Finding(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
