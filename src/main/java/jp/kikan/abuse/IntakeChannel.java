package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 受付方法. */
public enum IntakeChannel implements Labelled {
  PHONE("電話"),
  VISIT("来所"),
  DOCUMENT("文書"),
  EMAIL("メール"),
  OTHER("その他");

  private final String label;

  IntakeChannel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
