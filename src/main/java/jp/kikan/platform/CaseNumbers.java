package jp.kikan.platform;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case numbers without gaps or duplicates: one counter per series (abuse reports, consultations, …), center
 * and fiscal year. The UPDATE locks the counter row until the caller's transaction ends, so concurrent intakes take
 * turns (PostgreSQL and H2 alike); a number taken by a transaction that rolls back is given again.
 */
@Component
public class CaseNumbers {

  /** A numbered kind of case and how its numbers read, e.g. {@code "%s-%d-%04d"} → {@code ayase-2026-0007}. */
  public record Series(String name, String format) {

    public String number(String centerId, FiscalYear fiscalYear, int sequence) {
      return format.formatted(centerId, fiscalYear.year(), sequence);
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the series. Must run inside the transaction that stores the case. */
  public String next(Series series, String centerId, FiscalYear fiscalYear) {
    String increment = "update case_number_sequence set last_value = last_value + 1"
        + " where series = ? and center_id = ? and fiscal_year = ?";
    if (jdbc.update(increment, series.name(), centerId, fiscalYear.year()) == 0) {
      createCounter(series, centerId, fiscalYear);
      jdbc.update(increment, series.name(), centerId, fiscalYear.year());
    }
    int sequence = jdbc.queryForObject("select last_value from case_number_sequence"
        + " where series = ? and center_id = ? and fiscal_year = ?", Integer.class,
        series.name(), centerId, fiscalYear.year());
    return series.number(centerId, fiscalYear, sequence);
  }

  private void createCounter(Series series, String centerId, FiscalYear fiscalYear) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into case_number_sequence (series, center_id, fiscal_year, last_value) values (?, ?, ?, 0)",
          series.name(), centerId, fiscalYear.year()));
    } catch (DuplicateKeyException createdMeanwhile) {
      // another intake created it first: fine, it is there now
    }
  }
}
