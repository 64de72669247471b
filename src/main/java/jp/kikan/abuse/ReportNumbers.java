package jp.kikan.abuse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues report numbers without gaps or duplicates, one counter per center and fiscal year. The UPDATE locks the
 * counter row until the caller's transaction ends, so concurrent intakes take turns (PostgreSQL and H2 alike); a
 * number taken by a transaction that rolls back is given again.
 */
@Component
public class ReportNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate newTransaction;

  public ReportNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Must run inside the transaction that stores the report. */
  public int next(String centerId, FiscalYear fiscalYear) {
    String increment = "update report_sequence set last_value = last_value + 1 where center_id = ? and fiscal_year = ?";
    if (jdbc.update(increment, centerId, fiscalYear.year()) == 0) {
      createCounter(centerId, fiscalYear);
      jdbc.update(increment, centerId, fiscalYear.year());
    }
    return jdbc.queryForObject("select last_value from report_sequence where center_id = ? and fiscal_year = ?",
        Integer.class, centerId, fiscalYear.year());
  }

  private void createCounter(String centerId, FiscalYear fiscalYear) {
    try {
      newTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into report_sequence (center_id, fiscal_year, last_value) values (?, ?, 0)",
          centerId, fiscalYear.year()));
    } catch (DuplicateKeyException createdMeanwhile) {
      // another intake created it first: fine, it is there now
    }
  }
}
