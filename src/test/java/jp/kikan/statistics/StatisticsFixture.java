package jp.kikan.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A known set of rows for center {@code ayase} in FY2019 (2019-04-01 .. 2020-03-31 JST), with rows of FY2018,
 * FY2020 and center {@code ebina} that must not count, and the figures computed by hand from them. Shared by the
 * H2 test ({@link AbuseStatisticsTest}) and the PostgreSQL test ({@link AbuseStatisticsPostgresIT}).
 *
 * <p>Codes: CG = CAREGIVER, FS = FACILITY_STAFF, EM = EMPLOYER, UN = UNKNOWN.
 */
final class StatisticsFixture {

  static final String PREFIX = "stat-fixture-";

  private StatisticsFixture() {}

  // ---------------------------------------------------------------------------------------------------- the rows

  static void insert(JdbcTemplate jdbc) {
    // persons (all 本人 of ayase unless named otherwise)
    person(jdbc, "P0", "ayase", "FEMALE", "1980-01-01", null);
    person(jdbc, "P1", "ayase", "FEMALE", "2000-05-10", null, "INTELLECTUAL", "MENTAL");
    person(jdbc, "P2", "ayase", "MALE", "1954-10-01", null, "PHYSICAL");
    person(jdbc, "P3", "ayase", "UNKNOWN", null, 45);                       // no disability registered
    person(jdbc, "P4", "ayase", "MALE", "2001-07-07", null, "DEVELOPMENTAL");
    person(jdbc, "P5", "ayase", "FEMALE", "1999-06-01", null, "INTELLECTUAL");
    person(jdbc, "P6", "ayase", "MALE", "1970-03-03", null, "INTRACTABLE_DISEASE");
    person(jdbc, "P7", "ayase", "FEMALE", null, 30, "UNKNOWN");
    person(jdbc, "P8", "ayase", "MALE", "1985-08-08", null, "PHYSICAL");
    person(jdbc, "P9", "ayase", "FEMALE", "1990-09-09", null, "MENTAL");
    person(jdbc, "P10", "ayase", "OTHER", "2003-01-01", null, "INTELLECTUAL", "DEVELOPMENTAL");
    person(jdbc, "P11", "ayase", "FEMALE", "1950-02-02", null, "MENTAL");
    person(jdbc, "PC", "ayase", "MALE", "2010-01-01", null, "INTELLECTUAL");   // a child
    person(jdbc, "E1", "ebina", "FEMALE", "1960-01-01", null, "PHYSICAL");

    // cases received before FY2019
    new Case("C0", "ayase", "CAREGIVER", "P0", jst("2018-11-10T10:00")).factFinding(jst("2018-11-12T10:00"))
        .finding("CONFIRMED", jst("2018-12-01T10:00")).types("PHYSICAL").insert(jdbc);      // open: carried over
    new Case("C0b", "ayase", "FACILITY_STAFF", "P0", jst("2018-06-01T10:00")).factFinding(jst("2018-06-02T10:00"))
        .finding("NOT_CONFIRMED", jst("2018-07-01T10:00")).closed(jst("2019-03-20T10:00")).insert(jdbc); // closed before
    new Case("C0c", "ayase", "EMPLOYER", "P0", jst("2019-02-01T10:00")).factFinding(jst("2019-02-05T10:00"))
        .finding("NOT_CONFIRMED", jst("2019-04-20T10:00")).closed(jst("2019-05-01T10:00")).insert(jdbc); // closed in FY
    new Case("C0d", "ayase", "UNKNOWN", "P0", jst("2019-03-31T23:50")).insert(jdbc);      // last minutes of FY2018

    // cases received in FY2019
    new Case("C1", "ayase", "CAREGIVER", "P1", jst("2019-04-01T00:05")).factFinding(jst("2019-04-02T10:00"))
        .finding("CONFIRMED", jst("2019-04-20T10:00")).types("PHYSICAL", "PSYCHOLOGICAL").severity("MODERATE")
        .separation("TEMPORARY_PROTECTION").guardianship().insert(jdbc);
    // 2019-06-01 00:30 JST stored as UTC (still 31 May there): P5 turns 20 that day in Japan
    new Case("C2", "ayase", "CAREGIVER", "P5", utc("2019-05-31T15:30")).onSite()
        .finding("CONFIRMED", jst("2019-07-01T10:00")).types("NEGLECT").insert(jdbc);   // no severity, no separation
    new Case("C3", "ayase", "FACILITY_STAFF", "P2", jst("2019-09-30T10:00")).onSite().factFinding(jst("2019-10-01T10:00"))
        .prefecture(jst("2019-10-05T10:00")).finding("CONFIRMED", jst("2019-10-15T10:00")).types("PHYSICAL")
        .restraint().severity("SEVERE").separation("NONE").insert(jdbc);
    new Case("C4", "ayase", "EMPLOYER", "P3", jst("2019-12-01T10:00")).factFinding(jst("2019-12-03T10:00"))
        .prefecture(jst("2019-12-04T10:00")).finding("CONFIRMED", jst("2020-01-10T10:00"))
        .types("FINANCIAL", "PSYCHOLOGICAL").severity("MILD").separation("NONE").insert(jdbc);
    new Case("C5", "ayase", "CAREGIVER", "P4", jst("2020-03-31T23:30")).insert(jdbc);     // last minutes of FY2019
    new Case("C6", "ayase", "CAREGIVER", "P6", jst("2019-08-01T10:00")).factFinding(jst("2019-08-05T10:00"))
        .finding("NOT_CONFIRMED", jst("2019-08-20T10:00")).closed(jst("2019-08-25T10:00")).insert(jdbc);
    new Case("C7", "ayase", "UNKNOWN", "P7", jst("2019-10-01T10:00")).factFinding(jst("2019-10-10T10:00"))
        .finding("UNDETERMINED", jst("2019-11-01T10:00")).insert(jdbc);
    // judged at 2020-04-01 00:00 JST (stored as UTC, still 31 March there): after the year, so 調査中 in FY2019
    new Case("C8", "ayase", "FACILITY_STAFF", "P8", jst("2020-02-01T10:00")).factFinding(jst("2020-02-10T10:00"))
        .finding("CONFIRMED", utc("2020-03-31T15:00")).types("PHYSICAL").restraint().severity("SEVERE")
        .separation("TEMPORARY_PROTECTION").guardianship().insert(jdbc);
    new Case("C11", "ayase", "FACILITY_STAFF", "P10", jst("2019-05-05T10:00")).factFinding(jst("2019-05-06T10:00"))
        .finding("CONFIRMED", jst("2019-05-20T10:00")).types("SEXUAL").severity("MILD").separation("CONTRACT_SERVICE")
        .insert(jdbc);
    new Case("C12", "ayase", "CAREGIVER", "P11", jst("2019-11-11T10:00")).factFinding(jst("2019-11-12T10:00"))
        .finding("CONFIRMED", jst("2020-03-31T23:59")).types("NEGLECT", "FINANCIAL").severity("MODERATE")
        .separation("ALREADY_APART").guardianship().insert(jdbc);

    // FY2020 and ebina: never counted for ayase FY2019
    new Case("C9", "ayase", "CAREGIVER", "P9", jst("2020-04-01T00:10")).factFinding(jst("2020-04-02T10:00"))
        .finding("CONFIRMED", jst("2020-04-05T10:00")).types("PHYSICAL").severity("MILD").separation("NONE")
        .insert(jdbc);
    new Case("CE", "ebina", "FACILITY_STAFF", "E1", jst("2019-07-01T10:00")).onSite().factFinding(jst("2019-07-02T10:00"))
        .prefecture(jst("2019-07-03T10:00")).finding("CONFIRMED", jst("2019-07-10T10:00")).types("PHYSICAL")
        .restraint().severity("SEVERE").separation("NONE").guardianship().insert(jdbc);
    new Case("CE2", "ebina", "CAREGIVER", "E1", jst("2018-10-01T10:00")).insert(jdbc);

    // reports
    report(jdbc, "R1", "ayase", "C1", "P1", jst("2019-04-01T00:05"), "CAREGIVER", "FAMILY", "NEW_CASE");
    report(jdbc, "R2", "ayase", "C1", "P1", jst("2019-04-05T10:00"), "CAREGIVER", "NEIGHBOUR", "ADDITIONAL_REPORT");
    report(jdbc, "R3", "ayase", "C2", "P5", utc("2019-05-31T15:30"), "CAREGIVER", "POLICE", "NEW_CASE");
    report(jdbc, "R4", "ayase", "C3", "P2", jst("2019-09-30T10:00"), "FACILITY_STAFF", "SERVICE_STAFF", "NEW_CASE");
    report(jdbc, "R5", "ayase", "C4", "P3", jst("2019-12-01T10:00"), "EMPLOYER", "SELF", "NEW_CASE");
    report(jdbc, "R6", "ayase", "C5", "P4", jst("2020-03-31T23:30"), "CAREGIVER", "CONSULTANT", "NEW_CASE");
    report(jdbc, "R7", "ayase", "C6", "P6", jst("2019-08-01T10:00"), "CAREGIVER", "MEDICAL", "NEW_CASE");
    report(jdbc, "R8", "ayase", "C7", "P7", jst("2019-10-01T10:00"), "UNKNOWN", "UNKNOWN", "NEW_CASE");
    report(jdbc, "R9", "ayase", "C8", "P8", jst("2020-02-01T10:00"), "FACILITY_STAFF", "OTHER", "NEW_CASE");
    report(jdbc, "R10", "ayase", "C9", "P9", jst("2020-04-01T00:10"), "CAREGIVER", "FAMILY", "NEW_CASE"); // FY2020
    report(jdbc, "R11", "ayase", null, "PC", jst("2019-10-10T10:00"), "CAREGIVER", "SCHOOL", "CHILD_REFERRAL");
    report(jdbc, "R12", "ayase", "C11", "P10", jst("2019-05-05T10:00"), "FACILITY_STAFF", "FAMILY", "NEW_CASE");
    report(jdbc, "R13", "ayase", "C12", "P11", jst("2019-11-11T10:00"), "CAREGIVER", "FAMILY", "NEW_CASE");
    report(jdbc, "R14", "ayase", null, "P1", jst("2019-12-20T10:00"), "CAREGIVER", "SCHOOL", "UNCERTAIN_MATCH");
    report(jdbc, "R15", "ebina", "CE", "E1", jst("2019-07-01T10:00"), "FACILITY_STAFF", "FAMILY", "NEW_CASE");
    report(jdbc, "R16", "ayase", "C0", "P0", jst("2018-11-10T10:00"), "CAREGIVER", "FAMILY", "NEW_CASE"); // FY2018
    report(jdbc, "R17", "ayase", "C0", "P0", jst("2019-05-20T10:00"), "CAREGIVER", "NEIGHBOUR", "ADDITIONAL_REPORT");
  }

  static void delete(JdbcTemplate jdbc) {
    String like = PREFIX + "%";
    jdbc.update("delete from abuse_report where report_number like ?", like);
    jdbc.update("delete from abuse_case_confirmed_type where case_id in (select id from abuse_case where case_number like ?)",
        like);
    jdbc.update("delete from abuse_case where case_number like ?", like);
    jdbc.update("delete from person_disability where person_id in (select id from person where created_by = ?)",
        PREFIX + "test");
    jdbc.update("delete from person where created_by = ?", PREFIX + "test");
  }

  // ------------------------------------------------------------------------------------------------ the figures

  /** Every figure of ayase FY2019, computed by hand from the rows above. */
  static void assertAyaseFy2019(JsonNode json) {
    assertThat(json.path("centerId").asText()).isEqualTo("ayase");
    assertThat(json.path("fiscalYear").asInt()).isEqualTo(2019);
    assertThat(json.path("period").path("from").asText()).isEqualTo("2019-04-01");
    assertThat(json.path("period").path("to").asText()).isEqualTo("2020-03-31");

    Figures f = new Figures(json);
    //                                               CG  FS  EM  UN  total
    // 相談・通報・届出件数: FY2019 reports except the child referral R11; R10 (FY2020), R15 (ebina), R16 (FY2018) out.
    // CG R1 R2 R3 R6 R7 R13 R14 R17, FS R4 R9 R12, EM R5, UN R8
    f.expect("reports.total",                          8,  3,  1,  1, 13);
    f.expect("reports.byReporterType.SELF",            0,  0,  1,  0,  1); // R5
    f.expect("reports.byReporterType.FAMILY",          2,  1,  0,  0,  3); // R1 R13 | R12
    f.expect("reports.byReporterType.NEIGHBOUR",       2,  0,  0,  0,  2); // R2 R17
    f.expect("reports.byReporterType.SERVICE_STAFF",   0,  1,  0,  0,  1); // R4
    f.expect("reports.byReporterType.CONSULTANT",      1,  0,  0,  0,  1); // R6 (2020-03-31 23:30 JST)
    f.expect("reports.byReporterType.MEDICAL",         1,  0,  0,  0,  1); // R7
    f.expect("reports.byReporterType.POLICE",          1,  0,  0,  0,  1); // R3
    f.expect("reports.byReporterType.SCHOOL",          1,  0,  0,  0,  1); // R14, not the child referral R11
    f.expect("reports.byReporterType.OTHER",           0,  1,  0,  0,  1); // R9
    f.expect("reports.byReporterType.UNKNOWN",         0,  0,  0,  1,  1); // R8
    // received before 2019-04-01 00:00 JST and not closed before it: C0, C0c (closed in May), C0d (23:50 on 31 March)
    f.expect("carriedOver",                            1,  0,  1,  1,  3);

    // cases received in FY2019: CG C1 C2 C5 C6 C12, FS C3 C8 C11, EM C4, UN C7 (C9 is FY2020, CE ebina)
    f.expect("factFinding.cases",                      5,  3,  1,  1, 10);
    f.expect("factFinding.onSiteInspection",           1,  1,  0,  0,  2); // C2 (no fact_finding_at) | C3
    f.expect("factFinding.otherMethod",                3,  2,  1,  1,  7); // C1 C6 C12 | C8 C11 | C4 | C7
    f.expect("factFinding.notDone",                    1,  0,  0,  0,  1); // C5
    f.expect("factFinding.reportedToPrefecture",       0,  1,  1,  0,  2); // C3 | C4

    f.expect("findings.CONFIRMED",                     3,  2,  1,  0,  6); // C1 C2 C12 (23:59 31 March) | C3 C11 | C4
    f.expect("findings.NOT_CONFIRMED",                 1,  0,  0,  0,  1); // C6
    f.expect("findings.UNDETERMINED",                  0,  0,  0,  1,  1); // C7
    f.expect("findings.INVESTIGATING",                 1,  1,  0,  0,  2); // C5 | C8 (judged 2020-04-01 00:00 JST)

    // CONFIRMED cases: C1 C2 C12 | C3 C11 | C4
    f.expect("confirmed.cases",                        3,  2,  1,  0,  6);
    f.expect("confirmed.abuseTypes.PHYSICAL",          1,  1,  0,  0,  2); // C1 | C3 (C8 not confirmed in FY)
    f.expect("confirmed.abuseTypes.SEXUAL",            0,  1,  0,  0,  1); // C11
    f.expect("confirmed.abuseTypes.PSYCHOLOGICAL",     1,  0,  1,  0,  2); // C1 | C4
    f.expect("confirmed.abuseTypes.NEGLECT",           2,  0,  0,  0,  2); // C2 C12
    f.expect("confirmed.abuseTypes.FINANCIAL",         1,  0,  1,  0,  2); // C12 | C4
    f.expect("confirmed.physicalRestraint",            0,  1,  0,  0,  1); // C3
    f.expect("confirmed.severity.MILD",                0,  1,  1,  0,  2); // C11 | C4
    f.expect("confirmed.severity.MODERATE",            2,  0,  0,  0,  2); // C1 C12
    f.expect("confirmed.severity.SEVERE",              0,  1,  0,  0,  1); // C3
    f.expect("confirmed.severity.UNRECORDED",          1,  0,  0,  0,  1); // C2
    f.expect("confirmed.sex.MALE",                     0,  1,  0,  0,  1); // C3/P2
    f.expect("confirmed.sex.FEMALE",                   3,  0,  0,  0,  3); // C1/P1 C2/P5 C12/P11
    f.expect("confirmed.sex.OTHER",                    0,  1,  0,  0,  1); // C11/P10
    f.expect("confirmed.sex.UNKNOWN",                  0,  0,  1,  0,  1); // C4/P3
    f.expect("confirmed.age.UNDER_18",                 0,  1,  0,  0,  1); // P10 16 on 2019-05-05
    f.expect("confirmed.age.AGE_18_19",                1,  0,  0,  0,  1); // P1 18 on 2019-04-01 (20 in May)
    f.expect("confirmed.age.AGE_20_29",                1,  0,  0,  0,  1); // P5 20 on her birthday 2019-06-01 JST
    f.expect("confirmed.age.AGE_30_39",                0,  0,  0,  0,  0);
    f.expect("confirmed.age.AGE_40_49",                0,  0,  1,  0,  1); // P3 estimated 45
    f.expect("confirmed.age.AGE_50_59",                0,  0,  0,  0,  0);
    f.expect("confirmed.age.AGE_60_64",                0,  1,  0,  0,  1); // P2 64 on 2019-09-30, the day before 65
    f.expect("confirmed.age.AGE_65_AND_OVER",          1,  0,  0,  0,  1); // P11 69
    f.expect("confirmed.age.UNKNOWN",                  0,  0,  0,  0,  0);
    f.expect("confirmed.disabilities.PHYSICAL",        0,  1,  0,  0,  1); // P2
    f.expect("confirmed.disabilities.INTELLECTUAL",    2,  1,  0,  0,  3); // P1 P5 | P10
    f.expect("confirmed.disabilities.MENTAL",          2,  0,  0,  0,  2); // P1 P11
    f.expect("confirmed.disabilities.DEVELOPMENTAL",   0,  1,  0,  0,  1); // P10
    f.expect("confirmed.disabilities.INTRACTABLE_DISEASE", 0, 0, 0,  0,  0);
    f.expect("confirmed.disabilities.UNKNOWN",         0,  0,  0,  0,  0);
    f.expect("confirmed.disabilities.UNRECORDED",      0,  0,  1,  0,  1); // P3
    f.expect("confirmed.separation.TEMPORARY_PROTECTION", 1, 0, 0,  0,  1); // C1
    f.expect("confirmed.separation.MEASURE",           0,  0,  0,  0,  0);
    f.expect("confirmed.separation.HOSPITALISATION",   0,  0,  0,  0,  0);
    f.expect("confirmed.separation.CONTRACT_SERVICE",  0,  1,  0,  0,  1); // C11
    f.expect("confirmed.separation.OTHER",             0,  0,  0,  0,  0);
    f.expect("confirmed.separation.NONE",              0,  1,  1,  0,  2); // C3 | C4
    f.expect("confirmed.separation.ALREADY_APART",     1,  0,  0,  0,  1); // C12
    f.expect("confirmed.separation.UNDECIDED",         1,  0,  0,  0,  1); // C2
    f.expect("confirmed.guardianshipPetitionByMayor",  2,  0,  0,  0,  2); // C1 C12
    f.assertEveryFigureChecked();
  }

  /** Checks figures by path and remembers which, so that a figure nobody checked fails the test. */
  static final class Figures {
    private static final List<String> CATEGORIES = List.of("CAREGIVER", "FACILITY_STAFF", "EMPLOYER", "UNKNOWN");
    private final JsonNode json;
    private final Set<String> checked = new LinkedHashSet<>();

    Figures(JsonNode json) {
      this.json = json;
    }

    void expect(String path, long caregiver, long facilityStaff, long employer, long unknown, long total) {
      assertThat(caregiver + facilityStaff + employer + unknown).as("hand-computed total of " + path).isEqualTo(total);
      JsonNode node = json;
      for (String step : path.split("\\.")) {
        node = node.path(step);
      }
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(path + " fields").containsExactly("CAREGIVER", "FACILITY_STAFF", "EMPLOYER", "UNKNOWN",
          "total");
      long[] expected = {caregiver, facilityStaff, employer, unknown};
      for (int i = 0; i < CATEGORIES.size(); i++) {
        assertThat(node.path(CATEGORIES.get(i)).asLong(-1)).as(path + "." + CATEGORIES.get(i)).isEqualTo(expected[i]);
      }
      assertThat(node.path("total").asLong(-1)).as(path + ".total").isEqualTo(total);
      checked.add(path);
    }

    void assertEveryFigureChecked() {
      Set<String> all = new TreeSet<>();
      collect(json, "", all);
      assertThat(new TreeSet<>(checked)).as("figures checked").isEqualTo(all);
    }

    private static void collect(JsonNode node, String path, Set<String> into) {
      if (!node.isObject()) {
        return;
      }
      if (node.has("total") && node.has("CAREGIVER")) {
        into.add(path);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), into);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  static UUID id(String key) {
    return UUID.nameUUIDFromBytes((PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  static OffsetDateTime jst(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + ":00+09:00");
  }

  static OffsetDateTime utc(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + ":00Z");
  }

  private static void person(JdbcTemplate jdbc, String key, String center, String sex, String birthDate,
      Integer estimatedAge, String... disabilities) {
    jdbc.update("""
        insert into person (id, center_id, family_name, given_name, family_name_kana, given_name_kana, kana_key,
                            birth_date, estimated_age, sex, address, created_at, created_by, version)
        values (?, ?, '統計', ?, 'トウケイ', ?, ?, ?, ?, ?, null, ?, ?, 0)
        """, id(key), center, key, key, "とうけいてすと" + key.toLowerCase(),
        birthDate == null ? null : LocalDate.parse(birthDate), estimatedAge, sex, jst("2018-04-01T09:00"),
        PREFIX + "test");
    for (String disability : disabilities) {
      jdbc.update("insert into person_disability (person_id, disability) values (?, ?)", id(key), disability);
    }
  }

  private static void report(JdbcTemplate jdbc, String key, String center, String caseKey, String personKey,
      OffsetDateTime receivedAt, String abuserCategory, String reporterType, String outcome) {
    // fiscal_year as the intake sets it: the Japanese fiscal year of the moment of receipt
    int fiscalYear = FiscalYear.of(receivedAt.toInstant(), TimeConfiguration.JAPAN).year();
    jdbc.update("""
        insert into abuse_report (id, center_id, report_number, fiscal_year, received_at, channel, reporter_type,
                                  person_id, abuser_category, facility_name, description, danger_to_life,
                                  serious_injury, basic_needs_unmet, asks_for_protection, minor_injury,
                                  repeated_or_escalating, cut_off_from_support, intake_outcome, case_id,
                                  created_by, created_at)
        values (?, ?, ?, ?, ?, 'PHONE', ?, ?, ?, null, '統計テスト', false, false, false, false, false, false, false,
                ?, ?, ?, ?)
        """, id(key), center, PREFIX + key, fiscalYear, receivedAt, reporterType, id(personKey), abuserCategory,
        outcome, caseKey == null ? null : id(caseKey), PREFIX + "test", receivedAt);
  }

  /** An abuse_case row; only what a figure reads is settable, the rest as a fresh case. */
  private static final class Case {
    final String key;
    final String center;
    final String category;
    final String personKey;
    final OffsetDateTime receivedAt;
    boolean onSite;
    boolean restraint;
    boolean guardianship;
    OffsetDateTime factFindingAt;
    OffsetDateTime prefectureAt;
    OffsetDateTime findingAt;
    OffsetDateTime closedAt;
    String finding;
    String severity;
    String separation;
    String[] types = {};

    Case(String key, String center, String category, String personKey, OffsetDateTime receivedAt) {
      this.key = key;
      this.center = center;
      this.category = category;
      this.personKey = personKey;
      this.receivedAt = receivedAt;
    }

    Case onSite() { onSite = true; return this; }
    Case restraint() { restraint = true; return this; }
    Case guardianship() { guardianship = true; return this; }
    Case factFinding(OffsetDateTime at) { factFindingAt = at; return this; }
    Case prefecture(OffsetDateTime at) { prefectureAt = at; return this; }
    Case finding(String value, OffsetDateTime at) { finding = value; findingAt = at; return this; }
    Case closed(OffsetDateTime at) { closedAt = at; return this; }
    Case severity(String value) { severity = value; return this; }
    Case separation(String value) { separation = value; return this; }
    Case types(String... values) { types = values; return this; }

    void insert(JdbcTemplate jdbc) {
      jdbc.update("""
          insert into abuse_case (id, center_id, case_number, person_id, abuser_category, status, received_at,
                                  fact_finding_at, safety_confirmed, on_site_inspection, police_assistance,
                                  prefecture_reported_at, finding, finding_at, undetermined_count, physical_restraint,
                                  severity, separation, guardianship_petition, visiting_restriction, closed_at,
                                  created_at, version)
          values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, false, ?, ?, ?, 0, ?, ?, ?, ?, false, ?, ?, 0)
          """, id(key), center, PREFIX + key, id(personKey), category, closedAt == null ? "OPEN" : "CLOSED",
          receivedAt, factFindingAt, onSite, prefectureAt, finding, findingAt, restraint, severity, separation,
          guardianship, closedAt, receivedAt);
      for (String type : types) {
        jdbc.update("insert into abuse_case_confirmed_type (case_id, abuse_type) values (?, ?)", id(key), type);
      }
    }
  }
}
