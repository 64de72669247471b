package jp.kikan.secondary;

import jp.kikan.platform.Labelled;

/** 依頼内容: what the support office asks the center for. */
public enum RequestedHelp implements Labelled {
  ADVICE("助言"),
  JOINT_VISIT("同行訪問"),
  CASE_CONFERENCE("ケース会議"),
  OTHER("その他");

  private final String label;

  RequestedHelp(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
