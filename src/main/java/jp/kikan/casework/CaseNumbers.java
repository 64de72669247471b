package jp.kikan.casework;

import jp.kikan.calendar.FiscalYear;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
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
  private final boolean postgres;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
        "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())));
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the series. Must run inside the transaction that stores the case. */
  public String next(Series series, String centerId, FiscalYear fiscalYear) {
    Integer sequence = increment(series, centerId, fiscalYear);
    if (sequence == null) {
      createCounter(series, centerId, fiscalYear);
      sequence = increment(series, centerId, fiscalYear);
    }
    return series.number(centerId, fiscalYear, sequence);
  }

  /**
   * Increments the counter and reads the new value; null when there is no counter yet. PostgreSQL does both in one
   * round trip ({@code returning}); H2, in the same process, in two statements.
   */
  private Integer increment(Series series, String centerId, FiscalYear fiscalYear) {
    String increment = "update case_number_sequence set last_value = last_value + 1"
        + " where series = ? and center_id = ? and fiscal_year = ?";
    if (postgres) {
      List<Integer> values = jdbc.queryForList(increment + " returning last_value", Integer.class, series.name(),
          centerId, fiscalYear.year());
      return values.isEmpty() ? null : values.get(0);
    }
    if (jdbc.update(increment, series.name(), centerId, fiscalYear.year()) == 0) {
      return null;
    }
    return jdbc.queryForObject("select last_value from case_number_sequence"
        + " where series = ? and center_id = ? and fiscal_year = ?", Integer.class,
        series.name(), centerId, fiscalYear.year());
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
