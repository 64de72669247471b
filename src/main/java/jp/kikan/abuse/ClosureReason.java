package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 終結の理由. */
public enum ClosureReason implements Labelled {
  RESOLVED("虐待の解消・安全な生活の確保（承認済）"),
  NOT_CONFIRMED("虐待の事実が認められなかった"),
  UNDETERMINED_CLOSED("判断に至らず、管理者が終結を決定");

  private final String label;

  ClosureReason(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
