package jp.kikan.secondary;

import jp.kikan.platform.Labelled;

/** 困難の種類 of a request (several may apply). */
public enum Difficulty implements Labelled {
  FAMILY("家族関係"),
  REFUSAL("支援拒否"),
  MEDICAL_CARE("医療的ケア"),
  ABUSE_SUSPECTED("虐待の疑い"),
  POVERTY("経済的困窮"),
  OFFENDING("触法"),
  HOUSING("住まい"),
  COMPLEX("複合"),
  OTHER("その他");

  private final String label;

  Difficulty(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
