package jp.kikan.abuse;

/** The number staff quote for a report: {center}-{fiscal year}-{sequence}, e.g. {@code ayase-2026-0007}. */
public final class ReportNumber {

  private ReportNumber() {}

  public static String of(String centerId, FiscalYear fiscalYear, int sequence) {
    return "%s-%d-%04d".formatted(centerId, fiscalYear.year(), sequence);
  }
}
