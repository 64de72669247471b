package jp.kikan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk generator of section 3 (docs/performance.md): makes hundreds of thousands of 虐待通報 cases on PostgreSQL
 * in minutes by cloning the rows of two real template cases ({@link TemplateCases}) set-based, never through the
 * engine.
 *
 * <ol>
 *   <li>{@code bench/clone-plan.sql} writes the plan, one row per case to make ({@code bench_clone}): center (spread
 *       over all centers), fiscal year, case number, receipt time, who works on it, the open task's assignee, and the
 *       figures the survey counts (abuser category, finding, reporter, sex, birth date), all from
 *       {@code generate_series}.</li>
 *   <li>Every row the template case wrote, in every engine and domain table, is copied once into a small
 *       {@code tpl_*} table.</li>
 *   <li>Each table is then filled by {@code INSERT … SELECT … FROM tpl_x CROSS JOIN bench_clone}, in batches, with
 *       each column rewritten by one rule: an id of the template (engine ids, activity instance ids, domain uuids)
 *       becomes a new id derived from the old one and the clone number (md5), so references between rows stay
 *       consistent; tenant and center columns take the clone's center; timestamps move by the clone's shift; text
 *       holding the template's case number takes the clone's number; the template caseworker takes the clone's
 *       worker; a few columns take the plan's figures (see {@link #OVERRIDES}). Definition ids, deployment ids and
 *       revisions stay as the engine wrote them, so the clones run on the real deployed model.</li>
 * </ol>
 */
final class BulkHistory {

  /** The template caseworker, replaced by each clone's worker. */
  private static final String TEMPLATE_WORKER = "kato";

  /** Tables in insertion order (foreign keys), each with the rows the template case wrote there. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    String reports = "(select id from abuse_report where process_instance_id = :pi)";
    String cases = "(select id from abuse_case where process_instance_id = :pi)";
    String persons = "(select person_id from abuse_report where process_instance_id = :pi)";
    TABLES.put("person", "id in " + persons);
    TABLES.put("person_disability", "person_id in " + persons);
    TABLES.put("abuse_case", "process_instance_id = :pi");
    TABLES.put("abuse_case_confirmed_type", "case_id in " + cases);
    TABLES.put("abuse_report", "process_instance_id = :pi");
    TABLES.put("abuse_report_suspected_type", "report_id in " + reports);
    TABLES.put("abuse_reporter_identity", "report_id in " + reports);
    TABLES.put("abuse_case_entry", "case_id in " + cases + " or report_id in " + reports);
    TABLES.put("abuse_notification", "case_id in " + cases);
    TABLES.put("audit_entry", "case_ref = (select report_number from abuse_report where process_instance_id = :pi)");
    TABLES.put("act_ge_bytearray", "root_proc_inst_id_ = :pi");
    TABLES.put("act_ru_execution", "proc_inst_id_ = :pi");
    TABLES.put("act_ru_task", "proc_inst_id_ = :pi");
    TABLES.put("act_ru_identitylink", "task_id_ in (select id_ from act_ru_task where proc_inst_id_ = :pi)");
    TABLES.put("act_ru_variable", "proc_inst_id_ = :pi");
    TABLES.put("act_ru_event_subscr", "proc_inst_id_ = :pi");
    TABLES.put("act_ru_job", "process_instance_id_ = :pi");
    TABLES.put("act_ru_authorization", "resource_id_ in (select id_ from act_ru_task where proc_inst_id_ = :pi)");
    TABLES.put("act_hi_procinst", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_actinst", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_taskinst", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_varinst", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_detail", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_identitylink", "root_proc_inst_id_ = :pi");
    TABLES.put("act_hi_op_log", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_job_log", "process_instance_id_ = :pi");
    TABLES.put("act_hi_decinst", "proc_inst_id_ = :pi");
    TABLES.put("act_hi_dec_in", "root_proc_inst_id_ = :pi");
    TABLES.put("act_hi_dec_out", "root_proc_inst_id_ = :pi");
  }

  /** Columns that take a figure of the plan instead of the generic rules. */
  private static final Map<String, String> OVERRIDES = Map.ofEntries(
      Map.entry("act_ru_task.assignee_", "c.assignee"),
      Map.entry("act_ru_authorization.user_id_", "case when t.user_id_ = 'kato' then c.assignee else t.user_id_ end"),
      Map.entry("act_hi_taskinst.assignee_",
          "case when t.assignee_ is null then null when t.end_time_ is null then c.assignee else c.worker end"),
      Map.entry("act_hi_actinst.assignee_",
          "case when t.assignee_ is null then null when t.end_time_ is null then c.assignee else c.worker end"),
      Map.entry("abuse_case.abuser_category", "c.category"),
      Map.entry("abuse_report.abuser_category", "c.category"),
      Map.entry("abuse_case.finding", "coalesce(c.finding, t.finding)"),
      Map.entry("abuse_report.fiscal_year", "c.fy"),
      Map.entry("abuse_report.reporter_type", "c.reporter"),
      Map.entry("person.sex", "c.sex"),
      Map.entry("person.birth_date", "c.birth_date"),
      Map.entry("person.kana_key", "t.kana_key || c.g"));

  /** Rows of a template not cloned for some clones. */
  private static final Map<String, String> ROW_FILTERS = Map.of(
      // an unassigned (group) task has no assignee's authorization and no assignee link
      "act_ru_authorization", "not (coalesce(t.user_id_, '') = 'kato' and c.assignee is null)",
      "act_hi_identitylink", "not (c.template = 'O' and coalesce(t.user_id_, '') = 'kato'"
          + " and coalesce(t.type_, '') = 'assignee'"
          + " and c.assignee is null)",
      // confirmed types only where the clone's finding is 虐待あり
      "abuse_case_confirmed_type", "c.finding is null or c.finding = 'CONFIRMED'");

  /**
   * The engine's history tables that none of the measured staff queries reads (checked with
   * {@code pg_stat_user_tables} while they ran: docs/performance.md, section 3, "Engine history no staff query
   * reads"). With {@link Plan#historyEvery()} above 1 a historic case gets these rows only if its clone number is a
   * multiple of it; its process instance, task history, runtime rows (none) and domain records are always made.
   */
  static final Set<String> UNREAD_HISTORY = Set.of("act_hi_actinst", "act_hi_varinst", "act_hi_detail",
      "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out");

  /**
   * What to make: cases per kind, the centers, the fiscal years of the historic cases; {@code historyEvery}: one
   * historic case in this many gets the rows of {@link #UNREAD_HISTORY} (1: every case, as the engine writes them).
   */
  record Plan(int historic, int open, List<String> centers, List<Integer> years, int currentYear,
      java.time.OffsetDateTime templateReceived, java.time.Duration openSpan, int batch, int historyEvery) {

    Plan {
      if (historic % (centers.size() * years.size()) != 0) {
        throw new IllegalArgumentException("historic must be a multiple of centers x years");
      }
      if (historyEvery < 1) {
        throw new IllegalArgumentException("historyEvery must be at least 1");
      }
    }

    int perCenterYear() {
      return historic / centers.size() / years.size();
    }
  }

  /** What the generator did. */
  record Result(long rows, long millis, Map<String, Long> rowsPerTable) {
    double rowsPerSecond() {
      return rows * 1000.0 / Math.max(1, millis);
    }
  }

  private final JdbcTemplate jdbc;

  BulkHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Result generate(Plan plan, TemplateCases.Templates templates) {
    long started = System.currentTimeMillis();
    jdbc.execute("set synchronous_commit = off");
    jdbc.execute(planSql(plan));
    Map<String, Long> perTable = new LinkedHashMap<>();
    List<String> statements = new ArrayList<>();
    statements.addAll(cloneStatements("O", templates.openInstance(), "tpl_open_", 1));
    statements.addAll(cloneStatements("C", templates.closedInstance(), "tpl_closed_", plan.historyEvery()));
    // a bulk load's usual step: secondary indexes are dropped and built again once at the end, instead of being
    // updated row by row (primary keys and unique indexes stay, so a wrong clone still fails)
    List<Map<String, Object>> indexes = jdbc.queryForList("select indexname, indexdef from pg_indexes i"
        + " join pg_index x on x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass"
        + " where i.schemaname = current_schema() and i.tablename = any(?::text[]) and not x.indisunique",
        (Object) TABLES.keySet().toArray(String[]::new));
    indexes.forEach(index -> jdbc.execute("drop index " + index.get("indexname")));
    int total = plan.historic() + plan.open();
    for (int from = 1; from <= total; from += plan.batch()) {
      int to = Math.min(total, from + plan.batch() - 1);
      for (String statement : statements) {
        String table = statement.substring("insert into ".length(), statement.indexOf(' ', "insert into ".length()));
        int rows = jdbc.update(statement.replace(":from", Integer.toString(from)).replace(":to", Integer.toString(to)));
        perTable.merge(table, (long) rows, Long::sum);
      }
      System.out.printf("bulk generator: %,d of %,d cases, %,d s%n", to, total,
          (System.currentTimeMillis() - started) / 1000);
    }
    // the case-number counters continue after the generated numbers, as the app would have left them
    jdbc.update("""
        insert into case_number_sequence (series, center_id, fiscal_year, last_value)
        select 'abuse-report', center, fy, max(seq) from bench_clone group by center, fy
        on conflict (series, center_id, fiscal_year) do update set last_value = greatest(
            case_number_sequence.last_value, excluded.last_value)""");
    jdbc.execute("set maintenance_work_mem = '256MB'");
    indexes.forEach(index -> jdbc.execute((String) index.get("indexdef")));
    long rows = perTable.values().stream().mapToLong(Long::longValue).sum();
    long millis = System.currentTimeMillis() - started;
    jdbc.execute("vacuum analyze");
    return new Result(rows, millis, perTable);
  }

  private static String planSql(Plan plan) {
    String centers = plan.centers().stream().map(c -> "'" + c + "'").collect(Collectors.joining(",", "array[", "]"));
    String years = plan.years().stream().map(String::valueOf).collect(Collectors.joining(",", "array[", "]"));
    return resource("bench/clone-plan.sql")
        .replace(":historic", Integer.toString(plan.historic()))
        .replace(":open_span", "interval '" + plan.openSpan().toSeconds() + " seconds'")
        .replace(":open", Integer.toString(plan.open()))
        .replace(":centers", centers)
        .replace(":years", years)
        .replace(":current_year", Integer.toString(plan.currentYear()))
        .replace(":template_received", "timestamptz '" + plan.templateReceived() + "'");
  }

  /** Copies the template's rows into tpl_* tables and returns one INSERT … SELECT per table. */
  private List<String> cloneStatements(String template, String instance, String prefix, int historyEvery) {
    Set<String> ids = new LinkedHashSet<>();
    for (var entry : TABLES.entrySet()) {
      String copy = prefix + entry.getKey();
      jdbc.execute("create table " + copy + " as select * from " + entry.getKey() + " where "
          + entry.getValue().replace(":pi", "'" + instance + "'"));
      for (String idColumn : List.of("id", "id_")) {
        if (hasColumn(entry.getKey(), idColumn)) {
          // uuids only: the identity ids of audit_entry (1, 2, …) would match unrelated text
          ids.addAll(jdbc.queryForList("select " + idColumn + "::text from " + copy + " where length("
              + idColumn + "::text) >= 36", String.class));
        }
      }
    }
    String number = jdbc.queryForObject("select report_number from abuse_report where process_instance_id = ?",
        String.class, instance);
    String idArray = ids.stream().collect(Collectors.joining(",", "'{", "}'"));
    List<String> statements = new ArrayList<>();
    for (String table : TABLES.keySet()) {
      String copy = prefix + table;
      List<String> columns = new ArrayList<>();
      List<String> expressions = new ArrayList<>();
      for (Map<String, Object> column : jdbc.queryForList("select column_name, data_type, is_identity"
          + " from information_schema.columns where table_schema = current_schema() and table_name = ?"
          + " order by ordinal_position", table)) {
        String name = (String) column.get("column_name");
        if ("YES".equals(column.get("is_identity"))) {
          continue;
        }
        columns.add(name);
        expressions.add(expression(table, copy, name, (String) column.get("data_type"), ids, idArray, number));
      }
      String filter = ROW_FILTERS.containsKey(table) ? " and (" + ROW_FILTERS.get(table) + ")" : "";
      if (historyEvery > 1 && UNREAD_HISTORY.contains(table)) {
        filter += " and c.g % " + historyEvery + " = 0";
      }
      statements.add("insert into " + table + " (" + String.join(", ", columns) + ") select "
          + String.join(", ", expressions) + " from " + copy + " t cross join bench_clone c where c.template = '"
          + template + "' and c.g between :from and :to" + filter);
    }
    return statements;
  }

  private String expression(String table, String copy, String column, String type, Set<String> ids,
      String idArray, String number) {
    String override = OVERRIDES.get(table + "." + column);
    if (override != null) {
      return override;
    }
    String t = "t." + column;
    if (column.equals("tenant_id_") || column.equals("center_id")) {
      return "case when " + t + " is null then null else c.center end";
    }
    List<String> values = jdbc.queryForList("select distinct " + column + "::text from " + copy
        + " where " + column + " is not null", String.class);
    if (type.equals("uuid") && values.stream().anyMatch(ids::contains)) {
      return "case when " + t + "::text = any(" + idArray + "::text[]) then md5(" + t + "::text || c.g)::uuid"
          + " else " + t + " end";
    }
    if (type.equals("character varying") && values.stream().anyMatch(ids::contains)) {
      // engine ids end with a 36-character uuid; activity instance ids have the activity id in front
      return "case when " + t + " = any(" + idArray + "::text[]) then left(" + t + ", -36) || md5(right(" + t
          + ", 36) || c.g)::uuid::text else " + t + " end";
    }
    if (type.startsWith("timestamp")) {
      return t + " + c.shift";
    }
    if (type.equals("character varying") && values.stream().anyMatch(v -> v.contains(number))) {
      return "replace(" + t + ", '" + number + "', c.number)";
    }
    if (type.equals("character varying") && values.contains(TEMPLATE_WORKER)) {
      return "case when " + t + " = '" + TEMPLATE_WORKER + "' then c.worker else " + t + " end";
    }
    return t;
  }

  private boolean hasColumn(String table, String column) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from information_schema.columns"
        + " where table_schema = current_schema() and table_name = ? and column_name = ?", Boolean.class, table,
        column));
  }

  private static String resource(String path) {
    try (InputStream in = BulkHistory.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
