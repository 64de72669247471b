package jp.kikan.secondary;

import jp.kikan.platform.Labelled;

/** フォローアップ確認: carry on, hand the case back to the office (終結), or meet again. */
public enum FollowUpDecision implements Labelled {
  CONTINUE("継続"),
  HAND_OVER("事業所へ引継ぎ（終結）"),
  RECONVENE("再度会議");

  private final String label;

  FollowUpDecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
