package jp.kikan.transition;

import jp.kikan.platform.Labelled;

/** 住居: where the person will live. */
public enum HousingType implements Labelled {
  GROUP_HOME("グループホーム"),
  APARTMENT("アパート等（単身）"),
  HOME("自宅"),
  OTHER("その他");

  private final String label;

  HousingType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
