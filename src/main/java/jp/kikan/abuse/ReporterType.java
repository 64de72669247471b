package jp.kikan.abuse;

import jp.kikan.platform.Labelled;

/** 通報者の種別 (the national survey counts each category). */
public enum ReporterType implements Labelled {
  SELF("本人"),
  FAMILY("家族・親族"),
  NEIGHBOUR("近隣住民・知人"),
  SERVICE_STAFF("障害福祉サービス事業所職員"),
  CONSULTANT("相談支援専門員"),
  MEDICAL("医療機関"),
  POLICE("警察"),
  SCHOOL("学校"),
  OTHER("その他"),
  UNKNOWN("不明");

  private final String label;

  ReporterType(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
