package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** what the intake made of a report. */
public enum IntakeOutcome implements Labelled {
  NEW_CASE("新規事案"),
  ADDITIONAL_REPORT("既存事案への追加通報"),
  CHILD_REFERRAL("児童相談所への連絡（児童虐待防止法）"),
  UNCERTAIN_MATCH("同一人物か確認が必要");

  private final String label;

  IntakeOutcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
