package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 分離の有無と方法 (survey). */
public enum Separation implements Labelled {
  TEMPORARY_PROTECTION("一時保護"),
  MEASURE("やむを得ない事由による措置"),
  HOSPITALISATION("一時入院"),
  CONTRACT_SERVICE("契約によるサービス利用"),
  OTHER("その他の分離"),
  NONE("分離していない"),
  ALREADY_APART("既に別居");

  private final String label;

  Separation(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
