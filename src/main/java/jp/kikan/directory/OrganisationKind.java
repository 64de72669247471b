package jp.kikan.directory;

import jp.kikan.platform.Labelled;

/** The kinds of organisation a center works with. */
public enum OrganisationKind implements Labelled {
  SUPPORT_OFFICE("相談支援事業所"),
  SERVICE_PROVIDER("障害福祉サービス事業所"),
  PSYCHIATRIC_HOSPITAL("精神科病院"),
  RESIDENTIAL_FACILITY("障害者支援施設"),
  RELIEF_FACILITY("救護施設"),
  CORRECTIONAL_FACILITY("刑事施設"),
  MUNICIPAL_OFFICE("市町村・行政機関"),
  MEDICAL("医療機関"),
  AGENCY("関係機関"),
  OTHER("その他");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
