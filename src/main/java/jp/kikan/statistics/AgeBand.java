package jp.kikan.statistics;

import jp.kikan.platform.Labelled;

/** 被虐待者の年齢 at the receipt of the case, in the bands of the national survey. */
public enum AgeBand implements Labelled {
  UNDER_18("18歳未満"),
  AGE_18_19("18〜19歳"),
  AGE_20_29("20〜29歳"),
  AGE_30_39("30〜39歳"),
  AGE_40_49("40〜49歳"),
  AGE_50_59("50〜59歳"),
  AGE_60_64("60〜64歳"),
  AGE_65_AND_OVER("65歳以上"),
  UNKNOWN("不明");

  private final String label;

  AgeBand(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The band of an age in whole years; no age (or an impossible one) is {@link #UNKNOWN}. */
  public static AgeBand of(Integer age) {
    if (age == null || age < 0) {
      return UNKNOWN;
    }
    if (age < 18) {
      return UNDER_18;
    }
    if (age < 20) {
      return AGE_18_19;
    }
    if (age < 30) {
      return AGE_20_29;
    }
    if (age < 40) {
      return AGE_30_39;
    }
    if (age < 50) {
      return AGE_40_49;
    }
    if (age < 60) {
      return AGE_50_59;
    }
    if (age < 65) {
      return AGE_60_64;
    }
    return AGE_65_AND_OVER;
  }
}
