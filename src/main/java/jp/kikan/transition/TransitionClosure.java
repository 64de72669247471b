package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** Why a transition case closed. */
public enum TransitionClosure implements Labelled {
  DECLINED("本人が地域移行を希望しない"),
  SETTLED("地域生活が安定"),
  OTHER_SUPPORT("他の支援へ移行"),
  MOVED("転居"),
  DECEASED("死亡"),
  PERIOD_ENDED("支給決定期間の終了"),
  OTHER("その他");

  private final String label;

  TransitionClosure(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
