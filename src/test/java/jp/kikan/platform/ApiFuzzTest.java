package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Malformed and hostile input at every endpoint of {@code /api/**} that takes input (issue 7, "Bad input"): wrong JSON
 * types, strings over the limits, invalid dates, unknown enum values, nulls, nesting bombs, duplicated keys, trailing
 * garbage, bodies that are empty, 5 MB, not JSON or not UTF-8, SQL and script payloads, hostile path variables and
 * query strings, bad {@code Idempotency-Key} headers. The cases are generated from a fixed seed, so every run sends
 * the same ones ({@code -Dkikan.fuzz.seed=...} explores others).
 *
 * <p>Every answer must be 4xx problem JSON with a Japanese title and detail, never 5xx, and a rejected request must
 * leave every table (domain and engine) and the number of process instances as it was. Input that is legitimately
 * valid (script text in a name, SQL text in a description) may be accepted: then it must come back verbatim as JSON
 * text, and what it stored is counted separately.
 */
@KikanSpringTest
class ApiFuzzTest {

  static final long SEED = Long.getLong("kikan.fuzz.seed", 20_261_123L);
  /** {@code -Dkikan.fuzz.verbose=true} prints every case and its answer. */
  static final boolean VERBOSE = Boolean.getBoolean("kikan.fuzz.verbose");
  static final ObjectMapper JSON = new ObjectMapper();

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String SQL_OR = "' OR 1=1 --";
  static final String SQL_DROP = "'; drop table person; --";
  static final int HUGE = 100_000;
  static final int FIVE_MB = 5 * 1024 * 1024;
  static final int NESTING = 10_000;
  static final String RAW = "@@RAW@@";
  static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
  static final String HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";
  static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  Random random;
  HttpClient client;
  final List<Case> cases = new ArrayList<>();
  final Set<String> endpoints = new LinkedHashSet<>();

  @BeforeEach
  void init() {
    random = new Random(SEED);
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    BpmnAwareTests.init(engine);
    ClockUtil.reset(); // API calls and the engine run on the real clock here
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- the test -----------------------------------------------------------------------------------------------

  @Test
  void everyApiEndpoint_answersHostileInputWith4xxProblemJson_neverA5xx_andRejectedInputStoresNothing() {
    Fixture fixture = fixture();
    generate(fixture);

    List<String> failures = new ArrayList<>();
    Map<String, Long> start = rows();
    Map<String, Long> storedByAccepted = new TreeMap<>();
    int ok = 0;
    int client4xx = 0;
    int server5xx = 0;
    int noAnswer = 0;
    long began = System.nanoTime();
    for (Case c : cases) {
      Map<String, Long> before = rows();
      Answer answer = send(c);
      Map<String, Long> stored = difference(before, rows());
      if (VERBOSE && answer != null) {
        System.out.println("ApiFuzzTest " + c + " -> " + answer.status() + " " + abbreviate(answer.body()));
      }
      if (answer == null) {
        noAnswer++;
        failures.add(c + ": no answer (connection closed or timed out)");
        continue;
      }
      if (answer.status() >= 500) {
        server5xx++;
      } else if (answer.status() >= 400) {
        client4xx++;
      } else if (answer.status() >= 200 && answer.status() < 300) {
        ok++;
      }
      String failure = c.valid() ? acceptedFailure(c, answer) : rejectedFailure(c, answer, stored);
      if (failure != null) {
        failures.add(c + " -> " + answer.status() + " " + answer.contentType() + ": " + failure + "  body: "
            + abbreviate(answer.body()));
      }
      if (c.valid()) {
        stored.forEach((table, n) -> storedByAccepted.merge(table, n, Long::sum));
      }
    }
    long seconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
    Map<String, Long> end = rows();
    Map<String, Long> storedInAll = difference(start, end);
    Map<String, Long> storedByRejected = new TreeMap<>(storedInAll);
    storedByAccepted.forEach((table, n) -> storedByRejected.merge(table, -n, Long::sum));
    storedByRejected.values().removeIf(n -> n == 0);

    long valid = cases.stream().filter(Case::valid).count();
    System.out.printf("ApiFuzzTest (seed %d): %d cases sent to %d endpoints in %d s: 2xx %d, 4xx %d, 5xx %d, no answer"
            + " %d; rows stored by the %d rejected cases: %s; by the %d legitimately valid ones: %s%n",
        SEED, cases.size(), endpoints.size(), seconds, ok, client4xx, server5xx, noAnswer, cases.size() - valid,
        storedByRejected.isEmpty() ? "none" : storedByRejected, valid, domainTables(storedByAccepted));
    System.out.printf("ApiFuzzTest rows before -> after (all %d tables counted): %s%n", start.size() - 1,
        domainTables(start, end));
    if (VERBOSE) {
      System.out.printf("ApiFuzzTest endpoints: %s%n", endpoints);
    }
    failures.forEach(f -> System.out.println("ApiFuzzTest FAILED " + f));

    assertThat(server5xx).as("5xx answers").isZero();
    assertThat(failures).as("cases answered wrongly (seed " + SEED + ")").isEmpty();
    assertThat(storedByRejected).as("rows stored by rejected cases").isEmpty();
    assertThat(endpoints.stream().map(e -> e.replaceAll("\\?.*", "")).toList())
        .as("every endpoint of /api, as Spring MVC maps them").containsExactlyInAnyOrderElementsOf(apiEndpoints());
  }

  /** "METHOD /api/path/{variable}" of every handler method Spring MVC maps under /api. */
  private List<String> apiEndpoints() {
    List<String> mapped = new ArrayList<>();
    mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
        .filter(pattern -> pattern.startsWith("/api/"))
        .forEach(pattern -> info.getMethodsCondition().getMethods()
            .forEach(method -> mapped.add(method + " " + pattern))));
    return mapped;
  }

  /** One request for each hole the fuzzing found, named, with the answer it got before the fix. */
  @Test
  void theHolesFoundByFuzzing_stayClosed() {
    long persons = personRows();

    // kana_key was varchar(200): NFKC makes ゟ into より, so 2 x 100 valid kana gave a key of 400 -> 500
    Answer widened = send(accepted(post("/api/persons", "kato", person().put("familyNameKana", "ゟ".repeat(100))
        .put("givenNameKana", "ヿ".repeat(100)).toString())));
    assertThat(widened.status()).as(widened.body()).isEqualTo(201);
    assertThat(json(widened).path("familyNameKana").asText()).isEqualTo("ゟ".repeat(100));
    persons++;

    // Jackson's leniency: each of these was stored (201) as if it were valid
    for (Map.Entry<String, String> wrong : Map.of(
        "number for text", person().put("familyName", 12345).toString(),
        "text for a number", person().put("estimatedAge", "45").toString(),
        "number for an enum (ordinal)", person().put("sex", 1).toString(),
        "array for a date", person().set("birthDate", JSON.createArrayNode().add(1990).add(4).add(1)).toString(),
        "empty text for a date", person().put("birthDate", "").put("estimatedAge", 40).toString(),
        "trailing garbage", person() + " garbage",
        "duplicated key", "{\"sex\":\"MALE\"," + person().toString().substring(1),
        "NUL character (PostgreSQL: 500)", person().put("address", "前\u0000後").toString()).entrySet()) {
      Answer answer = send(rejected(post("/api/persons", "kato", wrong.getValue())));
      assertThat(answer.status()).as(wrong.getKey() + ": " + answer.body()).isEqualTo(400);
      assertThat(problemFailure(answer)).as(wrong.getKey()).isNull();
    }
    Answer surrogate = send(rejected(post("/api/persons", "kato", withRaw(person(), "address", "\"前\\udc00後\""))));
    assertThat(surrogate.status()).as("unpaired surrogate (PostgreSQL stores ?): " + surrogate.body()).isEqualTo(400);
    assertThat(json(surrogate).path("detail").asText()).contains("address").contains("サロゲート");
    Answer overlong = send(rejected(post("/api/persons", "kato", bytesWith(withText(person(), "address", "前" + RAW
        + "後"), new byte[] {(byte) 0xC0, (byte) 0xAF}))));
    assertThat(overlong.status()).as("overlong UTF-8 for '/' was read as '/': " + overlong.body()).isEqualTo(400);
    assertThat(json(overlong).path("detail").asText()).contains("UTF-8");

    // a body of any size was read in full; 5 MB of spaces before the JSON was even stored
    Answer huge = send(rejected(post("/api/persons", "kato", " ".repeat(FIVE_MB) + person())));
    assertThat(huge.status()).as(huge.body()).isEqualTo(413);
    assertThat(problemFailure(huge)).isNull();

    // the report was stored, then the answer failed with 406: a retry would store it again
    Answer xml = send(rejected(post("/api/persons", "kato", person().toString()).header("Accept", "application/xml")));
    assertThat(xml.status()).as(xml.body()).isEqualTo(406);
    assertThat(personRows()).as("nothing stored by the refused requests").isEqualTo(persons);

    // Tomcat's own HTML error page
    Answer longUrl = send(rejected(new Request("GET", "/api/persons?kana=" + "a".repeat(HUGE), "kato")));
    assertThat(longUrl.status()).isEqualTo(400);
    assertThat(problemFailure(longUrl)).as(longUrl.contentType() + " " + longUrl.body()).isNull();

    // %00 reached the query as a NUL character (PostgreSQL: 500)
    Answer nul = send(rejected(new Request("GET", "/api/persons?kana=%00", "kato")));
    assertThat(nul.status()).as(nul.body()).isEqualTo(400);

    // the detail showed a Java array: 「[Ljava.lang.String;@617a9912」
    Answer kinds = send(rejected(new Request("GET", "/api/organisations?kind=SUPPORT_OFFICE&kind=NOPE", "kato")));
    assertThat(kinds.status()).isEqualTo(400);
    assertThat(json(kinds).path("detail").asText()).contains("NOPE").doesNotContain("[L");
  }

  private long personRows() {
    return jdbc.queryForObject("select count(*) from person", Long.class);
  }

  private static Case accepted(Request request) {
    return new Case("named", request.path, request, true, 0, null);
  }

  private static Case rejected(Request request) {
    return new Case("named", request.path, request, false, 0, null);
  }

  // --- what each answer must be -------------------------------------------------------------------------------

  private String rejectedFailure(Case c, Answer answer, Map<String, Long> stored) {
    List<String> wrong = new ArrayList<>();
    if (answer.status() < 400 || answer.status() >= 500) {
      wrong.add("expected 4xx");
    } else if (c.status() != 0 && answer.status() != c.status()) {
      wrong.add("expected " + c.status());
    }
    if (!stored.isEmpty()) {
      wrong.add("stored " + stored);
    }
    if (answer.status() >= 400) {
      String problem = problemFailure(answer);
      if (problem != null) {
        wrong.add(problem);
      }
    }
    return wrong.isEmpty() ? null : String.join("; ", wrong);
  }

  private String acceptedFailure(Case c, Answer answer) {
    if (answer.status() < 200 || answer.status() >= 300) {
      return "legitimately valid input: expected 2xx";
    }
    if (c.status() != 0 && answer.status() != c.status()) {
      return "expected " + c.status();
    }
    if (!answer.contentType().startsWith("application/json")) {
      return "expected application/json";
    }
    return c.check() == null ? null : c.check().apply(answer);
  }

  /** application/problem+json with the status, a Japanese title and detail, and nothing internal. */
  private static String problemFailure(Answer answer) {
    if (!answer.contentType().startsWith("application/problem+json")) {
      return "expected application/problem+json";
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(answer.body());
    } catch (IOException e) {
      return "problem JSON does not parse";
    }
    if (problem.path("status").asInt() != answer.status()) {
      return "problem status " + problem.path("status") + " is not the HTTP status";
    }
    String title = problem.path("title").asText("");
    String detail = problem.path("detail").asText("");
    if (!JAPANESE.matcher(title).find() || !JAPANESE.matcher(detail).find()) {
      return "title and detail must be Japanese";
    }
    if (answer.body().contains("Exception") || answer.body().contains("\tat ") || answer.body().contains("java.")
        || answer.body().contains("org.springframework")) {
      return "internals in the answer";
    }
    return null;
  }

  // --- the endpoints and their cases --------------------------------------------------------------------------

  private void generate(Fixture f) {
    // POST bodies
    body("POST /api/persons", "/api/persons", "kato", this::person, personFields(""), false, List.of(
        legit("script and SQL text in the name and address", b -> b.put("familyName", SCRIPT)
            .put("givenName", SQL_OR).put("address", SQL_DROP),
            a -> verbatim(a, read("/api/persons/" + json(a).path("id").asText(), "kato"),
                "familyName", SCRIPT, "givenName", SQL_OR, "address", SQL_DROP)),
        legit("every text at its limit", b -> atLimits(b, personFields("")), null),
        legit("ふりがな of characters that NFKC widens (ゟ → より)", b -> b.put("familyNameKana", "ゟ".repeat(100))
            .put("givenNameKana", "ヿ".repeat(100)), a -> verbatim(a, null, "familyNameKana", "ゟ".repeat(100)))));

    body("POST /api/abuse-reports", "/api/abuse-reports", "kato", this::abuseReport, abuseReportFields(), true, List.of(
        legit("script and SQL text in description, facility and names", b -> {
          b.put("abuserCategory", "FACILITY_STAFF").put("facilityName", IMG).put("description", SCRIPT + SQL_DROP);
          ((ObjectNode) b.get("person")).put("familyName", SCRIPT);
          ((ObjectNode) b.get("reporter")).put("name", SQL_OR).put("contact", SQL_DROP);
          return b;
        }, a -> {
          Answer report = read("/api/abuse-reports/" + json(a).path("reportNumber").asText(), "kato");
          String wrong = verbatim(report, null, "description", SCRIPT + SQL_DROP, "facilityName", IMG);
          Answer reporter = read("/api/abuse-reports/" + json(a).path("reportNumber").asText() + "/reporter", "suzuki");
          Answer person = read("/api/persons/" + json(report).path("personId").asText(), "kato");
          return firstOf(wrong, verbatim(reporter, null, "name", SQL_OR, "contact", SQL_DROP),
              verbatim(person, null, "familyName", SCRIPT));
        }),
        legit("every text at its limit", b -> {
          b.put("abuserCategory", "EMPLOYER");
          return atLimits(b, abuseReportFields());
        }, null)));

    body("POST /api/secondary-consultations", "/api/secondary-consultations", "kato", () -> consultation(f),
        consultationFields(), true, List.of(
            legit("script and SQL text in the consultant, history and request", b -> {
              b.put("officeConsultant", SCRIPT).put("history", SQL_DROP).put("requestDetails", IMG);
              ((ObjectNode) b.get("person")).put("address", SQL_OR);
              return b;
            }, a -> {
              Answer file = read("/api/secondary-consultations/" + json(a).path("consultationNumber").asText(), "kato");
              Answer person = read("/api/persons/" + json(file).path("personId").asText(), "kato");
              return firstOf(verbatim(file, null, "officeConsultant", SCRIPT),
                  verbatim(person, null, "address", SQL_OR),
                  stored("select history from consultation where consultation_number = ?",
                      json(a).path("consultationNumber").asText(), SQL_DROP));
            }),
            legit("every text at its limit", b -> atLimits(b, consultationFields()), null)));

    body("POST /api/transitions", "/api/transitions", "kato", () -> referral(f.hospital()), referralFields(), true,
        List.of(
        legit("script and SQL text in the referrer and intention", b -> b.put("referrerPerson", SCRIPT)
            .put("intention", SQL_DROP + IMG),
            a -> stored("select referrer_person || '|' || intention from transition_case where transition_number = ?",
                json(a).path("transitionNumber").asText(), SCRIPT + "|" + SQL_DROP + IMG)),
        legit("every text at its limit", b -> atLimits(b, referralFields()), null)));

    String scriptName = SCRIPT + " " + token();
    String sqlName = SQL_OR + " " + token();
    body("POST /api/organisations", "/api/organisations", "sato", this::organisation, organisationFields(), false,
        List.of(
            legit("script and SQL text in the name and contact", b -> b.put("name", scriptName)
                .put("contactPerson", SQL_DROP), a -> verbatim(a, null, "name", scriptName, "contactPerson", SQL_DROP)),
            legit("SQL text as the name", b -> b.put("name", sqlName), a -> verbatim(a, null, "name", sqlName)),
            legit("every text at its limit", b -> atLimits(b, organisationFields()), null)));

    String transition = f.inTransition();
    body("POST /api/transitions/{number}/contacts", "/api/transitions/" + transition + "/contacts", "kato",
        this::contact, contactFields(), false, List.of(
            legit("script and SQL text in staff and notes", b -> b.put("staff", SCRIPT).put("notes", SQL_DROP),
                a -> firstOf(verbatim(a, null, "staff", SCRIPT, "notes", SQL_DROP),
                    contains(read("/api/transitions/" + transition, "kato"), SQL_DROP))),
            legit("every text at its limit", b -> atLimits(b, contactFields()), null)));

    body("POST /api/transitions/{number}/trial-stays", "/api/transitions/" + transition + "/trial-stays", "kato",
        () -> trialStay(f, 0), trialStayFields(), false, List.of(
            legit("script text as the place", b -> trialStay(f, 1).put("place", SCRIPT + SQL_OR),
                a -> firstOf(verbatim(a, null, "place", SCRIPT + SQL_OR),
                    contains(read("/api/transitions/" + transition, "kato"), SCRIPT + SQL_OR))),
            legit("every text at its limit", b -> atLimits(trialStay(f, 2), trialStayFields()), null)));

    String settled = f.inSettlement();
    body("POST /api/transitions/{number}/emergency-contacts", "/api/transitions/" + settled + "/emergency-contacts",
        "kato", this::emergency, emergencyFields(), false, List.of(
            legit("script and SQL text as caller and description", b -> b.put("caller", IMG)
                .put("description", SCRIPT + SQL_DROP),
                a -> firstOf(verbatim(a, null, "caller", IMG, "description", SCRIPT + SQL_DROP),
                    contains(read("/api/transitions/" + settled, "kato"), SCRIPT + SQL_DROP))),
            legit("every text at its limit", b -> atLimits(b, emergencyFields()), null)));

    // path variables
    pathVariable("GET /api/persons/{id}", "GET", "/api/persons/", "", "kato", true);
    pathVariable("GET /api/abuse-reports/{reportNumber}", "GET", "/api/abuse-reports/", "", "kato", false);
    pathVariable("GET /api/abuse-reports/{reportNumber}/reporter", "GET", "/api/abuse-reports/", "/reporter",
        "suzuki", false);
    pathVariable("GET /api/abuse-cases/{caseNumber}", "GET", "/api/abuse-cases/", "", "kato", false);
    pathVariable("GET /api/secondary-consultations/{number}", "GET", "/api/secondary-consultations/", "", "kato",
        false);
    pathVariable("GET /api/transitions/{number}", "GET", "/api/transitions/", "", "kato", false);
    pathVariable("POST /api/regional-issues/{id}/council-report", "POST", "/api/regional-issues/", "/council-report",
        "suzuki", true);
    for (String sub : List.of("contacts", "trial-stays", "emergency-contacts")) {
      ObjectNode valid = switch (sub) {
        case "contacts" -> contact();
        case "trial-stays" -> trialStay(f, 3);
        default -> emergency();
      };
      pathVariableWithBody("POST /api/transitions/{number}/" + sub, "/api/transitions/", "/" + sub, valid);
      reject("POST /api/transitions/{number}/" + sub, "a valid body for a case still in 紹介受付",
          post("/api/transitions/" + f.inReferral() + "/" + sub, "kato", valid.toString()).status(409));
    }

    // query strings
    String persons = "GET /api/persons?kana&birthDate";
    query(persons, "/api/persons", "kato", "kana=%E3%81%82", false, List.of(
        reject("no kana", ""), reject("empty kana", "kana="), reject("blank kana", "kana=%20%E3%80%80"),
        reject("invalid birth date", "kana=%E3%81%82&birthDate=2026-13-45"),
        reject("birth date as a word", "kana=%E3%81%82&birthDate=yesterday"),
        reject("birth date as a number", "kana=%E3%81%82&birthDate=19900401"),
        reject("kana in two parameters and a bad date", "kana=a&kana=b&birthDate=1990-02-30"),
        reject("NUL as kana", "kana=%00"), reject("NUL after kana", "kana=%E3%81%82%00"),
        acceptEmpty("SQL as kana", "kana=" + encode(SQL_OR)),
        acceptEmpty("SQL (drop) as kana", "kana=" + encode(SQL_DROP)),
        acceptEmpty("script as kana", "kana=" + encode(SCRIPT)),
        acceptEmpty("LIKE wildcards as kana", "kana=%25&birthDate=1990-04-01"),
        acceptEmpty("6,000 characters of kana", "kana=" + encode("あ".repeat(6_000 / 9))),
        reject("100,000-character query string", "kana=" + "a".repeat(HUGE))));
    query("GET /api/organisations?kind&centerId", "/api/organisations", "kato", "kind=SUPPORT_OFFICE", false,
        List.of(
        reject("unknown kind", "kind=NOPE"), reject("kind as a number", "kind=1"),
        reject("lower-case kind", "kind=support_office"), reject("SQL as kind", "kind=" + encode(SQL_OR)),
        reject("one good and one unknown kind", "kind=SUPPORT_OFFICE&kind=NOPE"),
        reject("SQL as center", "centerId=" + encode(SQL_OR)),
        reject("script as center", "centerId=" + encode(SCRIPT)),
        reject("another center", "centerId=ebina"),
        reject("path traversal as center", "centerId=..%2F..%2Fetc%2Fpasswd"), reject("NUL as center", "centerId=%00"),
        reject("100,000-character query string", "centerId=" + "a".repeat(HUGE))));
    query("GET /api/transitions?phase", "/api/transitions", "kato", "phase=REFERRAL", false, List.of(
        reject("unknown phase", "phase=NOPE"), reject("phase as a number", "phase=0"),
        reject("lower-case phase", "phase=transition"), reject("SQL as phase", "phase=" + encode(SQL_OR)),
        reject("script as phase", "phase=" + encode(SCRIPT)), reject("an unknown and a good phase",
            "phase=NOPE&phase=REFERRAL"),
        reject("invalid UTF-8 as phase", "phase=%C3%28"),
        reject("100,000-character query string", "phase=" + "a".repeat(HUGE))));
    query("GET /api/regional-issues?from&to&centerId", "/api/regional-issues", "sato", "from=2026-04-01", true,
        List.of(
        reject("invalid from", "from=2026-13-45"), reject("from as a word", "from=yesterday"),
        reject("empty to with a bad from", "from=2026-02-30&to="), reject("to as a number", "to=20261120"),
        reject("to before from", "from=2026-04-01&to=2025-04-01"),
        reject("SQL as from", "from=" + encode(SQL_OR)), reject("SQL as center", "centerId=" + encode(SQL_DROP)),
        reject("script as center", "centerId=" + encode(SCRIPT)), reject("another center", "centerId=ebina"),
        reject("a date beyond year 9999", "from=%2B999999999-12-31"),
        reject("100,000-character query string", "from=" + "a".repeat(HUGE))));
    query("GET /api/statistics/abuse?fiscalYear&centerId", "/api/statistics/abuse", "sato", "fiscalYear=2025", true,
        List.of(
        reject("no fiscal year", ""), reject("fiscal year as a date", "fiscalYear=2026-13-45"),
        reject("fiscal year as a word", "fiscalYear=yesterday"),
        reject("fiscal year in full-width digits", "fiscalYear=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96"),
        reject("a 20-digit fiscal year", "fiscalYear=99999999999999999999"),
        reject("negative fiscal year", "fiscalYear=-2026"), reject("fiscal year before the law", "fiscalYear=2011"),
        reject("fiscal year not yet begun", "fiscalYear=9999"),
        reject("SQL after the year", "fiscalYear=" + encode("2026; drop table person; --")),
        reject("SQL as center", "fiscalYear=2026&centerId=" + encode(SQL_OR)),
        reject("script as center", "fiscalYear=2026&centerId=" + encode(SCRIPT)),
        reject("100,000-character query string", "fiscalYear=" + "2".repeat(HUGE))));
    query("GET /api/audit?caseId&from&to&page&limit", "/api/audit", "suzuki", "limit=5", false, List.of(
        reject("invalid from", "from=2026-13-45"), reject("from as a word", "from=yesterday"),
        reject("to before from", "from=2026-04-01&to=2025-04-01"), reject("limit 0", "limit=0"),
        reject("limit over 500", "limit=501"), reject("limit as a word", "limit=many"),
        reject("negative page", "page=-1"), reject("page as SQL", "page=" + encode(SQL_OR)),
        reject("a 20-digit limit", "limit=99999999999999999999"),
        reject("100,000-character query string", "caseId=" + "a".repeat(HUGE))));
  }

  // --- JSON bodies ------------------------------------------------------------------------------------------

  enum Type { TEXT, KANA, PHONE, DATE, DATETIME, ENUM, ENUMS, UUID, INT, BOOL, OBJECT }

  /** A field of a request body: where it is, what it holds, whether it is required, its longest text. */
  record Field(String path, Type type, boolean required, int max) {}

  static Field field(String path, Type type, boolean required) {
    return new Field(path, type, required, 0);
  }

  static Field text(String path, int max, boolean required) {
    return new Field(path, Type.TEXT, required, max);
  }

  record Legit(String label, Function<ObjectNode, ObjectNode> change, Function<Answer, String> check) {}

  static Legit legit(String label, Function<ObjectNode, ObjectNode> change, Function<Answer, String> check) {
    return new Legit(label, change, check);
  }

  /** The cases of one JSON endpoint: the body as a whole, each field, the headers, and its legitimate oddities. */
  private void body(String endpoint, String path, String user, Supplier<ObjectNode> valid, List<Field> fields,
      boolean idempotent, List<Legit> legit) {
    endpoints.add(endpoint);
    String validJson = valid.get().toString();

    // the body as a whole
    reject(endpoint, "empty body", post(path, user, ""));
    reject(endpoint, "JSON null", post(path, user, "null"));
    reject(endpoint, "a JSON array", post(path, user, "[" + validJson + "]"));
    reject(endpoint, "a JSON string", post(path, user, "\"" + SCRIPT + "\""));
    reject(endpoint, "a JSON number", post(path, user, "42"));
    reject(endpoint, "an empty object", post(path, user, "{}"));
    ObjectNode allNull = valid.get();
    for (Iterator<String> names = valid.get().fieldNames(); names.hasNext(); ) {
      allNull.putNull(names.next());
    }
    reject(endpoint, "every field null", post(path, user, allNull.toString()));
    reject(endpoint, "truncated", post(path, user, validJson.substring(0, validJson.length() - 7)));
    reject(endpoint, "trailing garbage", post(path, user, validJson + " garbage"));
    reject(endpoint, "a second object after the first", post(path, user, validJson + validJson));
    String firstName = valid.get().fieldNames().next();
    reject(endpoint, "duplicated key",
        post(path, user, "{\"" + firstName + "\":" + valid.get().get(firstName) + "," + validJson.substring(1)));
    reject(endpoint, "unknown field", post(path, user, valid.get().set("__proto__", JSON.createObjectNode()
        .put("admin", true)).toString()));
    reject(endpoint, "single quotes and comments", post(path, user, validJson.replace('"', '\'') + "/* x */"));
    reject(endpoint, NESTING + " nested arrays in a field",
        post(path, user, withRaw(valid.get(), fields.get(fields.size() - 1).path(), bomb("[", "]"))));
    reject(endpoint, NESTING + " nested arrays as the body", post(path, user, bomb("[", "]")));
    reject(endpoint, NESTING + " nested objects as the body", post(path, user, bomb("{\"a\":", "}")
        .replace("{\"a\":}", "{}")));
    Field longest = fields.stream().filter(x -> x.type() == Type.TEXT).reduce((a, b) -> b.max() >= a.max() ? b : a)
        .orElseThrow();
    reject(endpoint, "a 5 MB body", post(path, user, withText(valid.get(), longest.path(), "あ".repeat(FIVE_MB / 3)))
        .status(413));
    reject(endpoint, "a 5 MB body, chunked", post(path, user, withText(valid.get(), longest.path(),
        "x".repeat(FIVE_MB))).chunked().status(413));
    reject(endpoint, "a 5 MB body of whitespace", post(path, user, " ".repeat(FIVE_MB) + validJson).status(413));

    // not UTF-8, not storable
    for (Map.Entry<String, byte[]> bad : Map.of(
        "C3 28", new byte[] {(byte) 0xC3, 0x28},
        "FF FE", new byte[] {(byte) 0xFF, (byte) 0xFE},
        "overlong C0 AF", new byte[] {(byte) 0xC0, (byte) 0xAF},
        "cut E3 81", new byte[] {(byte) 0xE3, (byte) 0x81},
        "CESU-8 surrogate ED A0 80", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).entrySet()) {
      reject(endpoint, "invalid UTF-8 (" + bad.getKey() + ") in " + longest.path(),
          post(path, user, bytesWith(withText(valid.get(), longest.path(), "前" + RAW + "後"), bad.getValue())));
    }
    reject(endpoint, "NUL character in " + longest.path(), post(path, user, withText(valid.get(), longest.path(),
        "前\u0000後")));
    reject(endpoint, "unpaired surrogate in " + longest.path(), post(path, user, withRaw(valid.get(),
        longest.path(), "\"前\\ud800後\"")));

    // content types and methods
    reject(endpoint, "text/plain", post(path, user, validJson).contentType("text/plain").status(415));
    reject(endpoint, "form-urlencoded", post(path, user, "familyName=" + encode(SCRIPT))
        .contentType("application/x-www-form-urlencoded").status(415));
    reject(endpoint, "XML", post(path, user, "<person><familyName>x</familyName></person>")
        .contentType("application/xml").status(415));
    reject(endpoint, "multipart", post(path, user,
        "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--")
        .contentType("multipart/form-data; boundary=x").status(415));
    reject(endpoint, "no Content-Type", post(path, user, validJson).contentType(null).status(415));
    reject(endpoint, "an unparsable Content-Type", post(path, user, validJson).contentType("json").status(415));
    reject(endpoint, "an unknown charset", post(path, user, validJson).contentType("application/json;charset=x-bogus"));
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      reject(endpoint, method, post(path, user, validJson).method(method).status(405));
    }
    reject(endpoint, "Accept: application/xml", post(path, user, valid.get().toString())
        .header("Accept", "application/xml").status(406));
    reject(endpoint, "a 100,000-character query string", post(path + "?q=" + "a".repeat(HUGE), user,
        valid.get().toString()));

    // each field
    for (Field field : fields) {
      for (JsonNode wrong : pick(wrongTypes(field.type()), 2)) {
        reject(endpoint, field.path() + " = " + abbreviate(wrong.toString()) + " (wrong type)",
            post(path, user, with(valid.get(), field.path(), wrong).toString()));
      }
      for (JsonNode invalid : invalidValues(field)) {
        reject(endpoint, field.path() + " = " + abbreviate(invalid.toString()),
            post(path, user, with(valid.get(), field.path(), invalid).toString()));
      }
      if (field.required()) {
        reject(endpoint, field.path() + " = null", post(path, user, with(valid.get(), field.path(),
            NullNode.getInstance()).toString()));
        reject(endpoint, field.path() + " missing", post(path, user, without(valid.get(), field.path()).toString()));
      }
      if (field.max() > 0) {
        String over = field.type() == Type.PHONE ? "0".repeat(field.max() + 1) : "あ".repeat(field.max() + 1);
        reject(endpoint, field.path() + " one character over " + field.max(),
            post(path, user, withText(valid.get(), field.path(), over)));
        reject(endpoint, field.path() + " of " + HUGE + " characters",
            post(path, user, withText(valid.get(), field.path(), "x".repeat(HUGE))));
      }
      if (field.type() == Type.KANA || field.type() == Type.PHONE) {
        reject(endpoint, field.path() + " = script", post(path, user, withText(valid.get(), field.path(), SCRIPT)));
        reject(endpoint, field.path() + " = SQL", post(path, user, withText(valid.get(), field.path(), SQL_DROP)));
      }
      if (field.type() == Type.ENUMS) {
        reject(endpoint, field.path() + " with a null element", post(path, user, with(valid.get(), field.path(),
            JSON.createArrayNode().addNull()).toString()));
      }
    }

    // headers
    if (idempotent) {
      for (String key : List.of("short", "k".repeat(201), "k".repeat(5_000), "k".repeat(20_000), "")) {
        reject(endpoint, "Idempotency-Key of " + key.length() + " characters", post(path, user,
            valid.get().toString()).header("Idempotency-Key", key));
      }
      String key = SQL_DROP + " " + token();
      String body = valid.get().toString();
      accept(endpoint, "SQL text as Idempotency-Key", post(path, user, body).header("Idempotency-Key", key), 201,
          null);
      accept(endpoint, "the same SQL key and body again", post(path, user, body).header("Idempotency-Key", key), 200,
          null);
      reject(endpoint, "the same SQL key with another body", post(path, user, valid.get().toString())
          .header("Idempotency-Key", key).status(409));
    }

    // legitimately valid oddities
    for (Legit l : legit) {
      accept(endpoint, l.label(), post(path, user, l.change().apply(valid.get()).toString()), 201, l.check());
    }
  }

  private static List<JsonNode> wrongTypes(Type type) {
    ObjectNode object = JSON.createObjectNode().put("value", "x");
    return switch (type) {
      case TEXT, KANA, PHONE -> List.of(IntNode.valueOf(12345), BooleanNode.TRUE, object, JSON.createArrayNode()
          .add("a"), DoubleNode.valueOf(1.5));
      case DATE, DATETIME -> List.of(BooleanNode.TRUE, IntNode.valueOf(1), object, JSON.createArrayNode().add(2026)
          .add(11).add(20), JSON.createArrayNode());
      case ENUM -> List.of(IntNode.valueOf(1), BooleanNode.TRUE, object, JSON.createArrayNode().add("X"));
      case ENUMS -> List.of(object, TextNode.valueOf("X"), JSON.createArrayNode().add(1), JSON.createArrayNode()
          .add(JSON.createArrayNode()));
      case UUID -> List.of(IntNode.valueOf(42), BooleanNode.TRUE, object, JSON.createArrayNode());
      case INT -> List.of(TextNode.valueOf("45"), BooleanNode.TRUE, DoubleNode.valueOf(45.5), object);
      case BOOL -> List.of(TextNode.valueOf("true"), IntNode.valueOf(1), object, JSON.createArrayNode());
      case OBJECT -> List.of(JSON.createArrayNode(), TextNode.valueOf(SCRIPT), IntNode.valueOf(42), BooleanNode.TRUE);
    };
  }

  private List<JsonNode> invalidValues(Field field) {
    List<JsonNode> values = new ArrayList<>();
    switch (field.type()) {
      case DATE -> {
        values.addAll(pick(texts("2026-13-45", "yesterday", "", "2026-02-30", "2026/11/20", "+999999999-12-31",
            SQL_OR), 2));
        if (field.path().endsWith("birthDate") || field.path().endsWith("admittedOn") || field.path().equals("date")) {
          values.add(TextNode.valueOf(LocalDate.now(TimeConfiguration.JAPAN).plusDays(2).toString()));
        }
      }
      case DATETIME -> {
        values.addAll(pick(texts("2026-13-45T10:00:00+09:00", "yesterday", "", "2026-11-20T25:61:00+09:00",
            "2026-11-20T10:00:00+25:00", "2026-11-20", SCRIPT), 2));
        values.add(TextNode.valueOf(OffsetDateTime.now(TimeConfiguration.JAPAN).plusDays(2)
            .truncatedTo(ChronoUnit.SECONDS).toString()));
      }
      case ENUM -> values.addAll(pick(texts("NOPE", "phone", "", "MALE_OR_FEMALE", SQL_OR, SCRIPT), 2));
      case ENUMS -> values.addAll(pick(List.of(JSON.createArrayNode().add("NOPE"), JSON.createArrayNode().add(""),
          JSON.createArrayNode().add(SQL_OR)), 1));
      case UUID -> values.addAll(pick(texts("not-a-uuid", "", SQL_OR, "00000000-0000-0000-0000-00000000000g",
          UUID.randomUUID().toString()), 2));
      case INT -> values.addAll(pick(List.of(IntNode.valueOf(-1), IntNode.valueOf(131),
          JSON.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999")),
          DoubleNode.valueOf(1e300)), 2));
      default -> { }
    }
    return values;
  }

  // --- path variables and query strings ----------------------------------------------------------------------

  private List<String> hostilePathValues(boolean uuid) {
    List<String> values = new ArrayList<>(List.of(encode(SQL_OR), encode(SQL_DROP), encode(SCRIPT),
        "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..;", "%00", "%C3%28", "%FF%FE",
        "%E2%80%AE", "a".repeat(5_000), "b".repeat(HUGE), "ayase-2026-9999", "1%20OR%201%3D1", "%25",
        "x;jsessionid=1"));
    if (uuid) {
      values.addAll(List.of(UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000",
          UUID.randomUUID().toString().toUpperCase() + "0"));
    }
    return values;
  }

  private void pathVariable(String endpoint, String method, String prefix, String suffix, String user, boolean uuid) {
    endpoints.add(endpoint);
    for (String value : hostilePathValues(uuid)) {
      reject(endpoint, "path variable " + abbreviate(value), new Request(method, prefix + value + suffix, user));
    }
    reject(endpoint, "path traversal out of /api", new Request(method, prefix + "../../../etc/passwd" + suffix,
        user));
    reject(endpoint, "wrong method", new Request(method.equals("GET") ? "DELETE" : "PUT", prefix
        + UUID.randomUUID() + suffix, user).status(405));
  }

  private void pathVariableWithBody(String endpoint, String prefix, String suffix, ObjectNode valid) {
    for (String value : hostilePathValues(false)) {
      reject(endpoint, "path variable " + abbreviate(value) + " with a valid body",
          post(prefix + value + suffix, "kato", valid.toString()));
    }
  }

  record Query(String label, String query, boolean valid) {}

  static Query reject(String label, String query) {
    return new Query(label, query, false);
  }

  static Query acceptEmpty(String label, String query) {
    return new Query(label, query, true);
  }

  /**
   * The hostile queries of one endpoint; {@code valid} is a good query, asked for once as XML: 406, or 200 JSON where
   * the endpoint answers JSON to anything but {@code Accept: text/csv}.
   */
  private void query(String endpoint, String path, String user, String valid, boolean xmlIsJson,
      List<Query> queries) {
    endpoints.add(endpoint);
    for (Query q : queries) {
      Request request = new Request("GET", q.query().isEmpty() ? path : path + "?" + q.query(), user);
      if (q.valid()) {
        accept(endpoint, q.label(), request, 200, a -> "[]".equals(a.body().strip()) ? null
            : "a search for hostile text found something: " + abbreviate(a.body()));
      } else {
        reject(endpoint, q.label(), request);
      }
    }
    Request xml = new Request("GET", path + "?" + valid, user).header("Accept", "application/xml");
    if (xmlIsJson) {
      accept(endpoint, "Accept: application/xml", xml, 200, null);
    } else {
      reject(endpoint, "Accept: application/xml", xml.status(406));
    }
    reject(endpoint, "wrong method", new Request("DELETE", path + "?" + valid, user).status(405));
  }

  // --- requests -----------------------------------------------------------------------------------------------

  /** One request to send, as a builder. */
  static final class Request {
    String method;
    final String path;
    final String user;
    String contentType;
    byte[] body;
    boolean chunked;
    int status;
    final Map<String, String> headers = new LinkedHashMap<>();

    Request(String method, String path, String user) {
      this.method = method;
      this.path = path;
      this.user = user;
    }

    Request method(String value) {
      method = value;
      return this;
    }

    Request contentType(String value) {
      contentType = value;
      return this;
    }

    Request body(byte[] value) {
      body = value;
      return this;
    }

    Request chunked() {
      chunked = true;
      return this;
    }

    Request status(int value) {
      status = value;
      return this;
    }

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }

  record Case(String endpoint, String label, Request request, boolean valid, int status,
      Function<Answer, String> check) {

    @Override
    public String toString() {
      return endpoint + " [" + label + "]";
    }
  }

  record Answer(int status, String contentType, String body) {}

  private static Request post(String path, String user, String json) {
    return new Request("POST", path, user).contentType("application/json")
        .body(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Request post(String path, String user, byte[] bytes) {
    return new Request("POST", path, user).contentType("application/json").body(bytes);
  }

  private void reject(String endpoint, String label, Request request) {
    cases.add(new Case(endpoint, label, request, false, request.status, null));
  }

  private void accept(String endpoint, String label, Request request, int status, Function<Answer, String> check) {
    cases.add(new Case(endpoint, label, request, true, status, check));
  }

  private Answer send(Case c) {
    Request r = c.request();
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + r.path))
          .timeout(Duration.ofSeconds(30)).header("Accept", "*/*");
      if (r.user != null) {
        builder.header("Authorization", Http.basic(r.user, r.user));
      }
      if (r.contentType != null) {
        builder.header("Content-Type", r.contentType);
      }
      r.headers.forEach(builder::setHeader);
      byte[] body = r.body;
      HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
          : r.chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
          : HttpRequest.BodyPublishers.ofByteArray(body);
      HttpResponse<byte[]> response = client.send(builder.method(r.method, publisher).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      System.out.println("ApiFuzzTest " + c + ": " + e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer read(String path, String user) {
    return send(new Case("read back", path, new Request("GET", path, user), true, 200, null));
  }

  // --- checks of accepted input -----------------------------------------------------------------------------

  /** Each named field holds exactly the text sent, in the answer and (when given) in what is read back. */
  private static String verbatim(Answer answer, Answer readBack, String... fieldsAndValues) {
    for (Answer a : readBack == null ? List.of(answer) : List.of(answer, readBack)) {
      if (a == null || a.status() != 200 && a.status() != 201 || !a.contentType().startsWith("application/json")) {
        return "read back: " + (a == null ? "no answer" : a.status() + " " + a.contentType());
      }
      JsonNode json = json(a);
      for (int i = 0; i < fieldsAndValues.length; i += 2) {
        if (!fieldsAndValues[i + 1].equals(json.path(fieldsAndValues[i]).asText(null))) {
          return fieldsAndValues[i] + " is not the text sent: " + abbreviate(json.path(fieldsAndValues[i]).toString());
        }
      }
    }
    return null;
  }

  /** The JSON read back holds the text sent as one of its string values. */
  private static String contains(Answer readBack, String text) {
    if (readBack == null || readBack.status() != 200 || !readBack.contentType().startsWith("application/json")) {
      return "read back: " + (readBack == null ? "no answer" : readBack.status() + " " + readBack.contentType());
    }
    List<String> texts = new ArrayList<>();
    collectTexts(json(readBack), texts);
    return texts.contains(text) ? null : "the text sent is not among the values read back";
  }

  private String stored(String sql, String key, String expected) {
    String value = jdbc.queryForObject(sql, String.class, key);
    return expected.equals(value) ? null : "stored " + abbreviate(value) + " instead of the text sent";
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, texts));
  }

  private static String firstOf(String... failures) {
    for (String failure : failures) {
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  private static JsonNode json(Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + abbreviate(answer.body()), e);
    }
  }

  // --- rows ---------------------------------------------------------------------------------------------------

  private String countAll;

  /**
   * Rows of every table (domain and engine) and instances; not the engine's metrics, written in the background, nor
   * the audit trail, which records every attempt, refused ones included, by design.
   */
  private Map<String, Long> rows() {
    if (countAll == null) {
      countAll = jdbc.queryForList("""
          select table_name from information_schema.tables
           where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' and table_name <> 'ACT_RU_METER_LOG'
             and table_name <> 'AUDIT_ENTRY'
           order by table_name""", String.class).stream()
          .map(table -> "select '" + table + "', count(*) from \"" + table + "\"")
          .collect(Collectors.joining(" union all "));
    }
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(countAll, rs -> {
      counts.put(rs.getString(1).toLowerCase(), rs.getLong(2));
    });
    counts.put("(process instances)", engine.getRuntimeService().createProcessInstanceQuery().count());
    return counts;
  }

  private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> changed = new TreeMap<>();
    after.forEach((table, n) -> {
      long delta = n - before.getOrDefault(table, 0L);
      if (delta != 0) {
        changed.put(table, delta);
      }
    });
    return changed;
  }

  static final List<String> DOMAIN = List.of("abuse_report", "abuse_case", "abuse_case_entry", "consultation",
      "consultation_entry", "transition_case", "transition_entry", "transition_contact", "trial_stay",
      "emergency_contact", "person", "organisation", "(process instances)");

  private static String domainTables(Map<String, Long> start, Map<String, Long> end) {
    return DOMAIN.stream().map(table -> table + " " + start.get(table) + " -> " + end.get(table))
        .collect(Collectors.joining(", "));
  }

  private static String domainTables(Map<String, Long> stored) {
    return DOMAIN.stream().filter(stored::containsKey).map(table -> table + " +" + stored.get(table))
        .collect(Collectors.joining(", ")) + " (and the engine's tables)";
  }

  // --- valid bodies -------------------------------------------------------------------------------------------

  private ObjectNode person() {
    ObjectNode person = JSON.createObjectNode();
    person.put("familyName", "試験").put("givenName", "花子").put("familyNameKana", kana(6))
        .put("givenNameKana", kana(3)).put("birthDate", "1990-04-01").put("sex", "FEMALE")
        .put("address", "綾瀬市早川1-1");
    person.putArray("disabilities").add("INTELLECTUAL");
    return person;
  }

  private static List<Field> personFields(String prefix) {
    return List.of(text(prefix + "centerId", 64, false), text(prefix + "familyName", 100, true),
        text(prefix + "givenName", 100, false), new Field(prefix + "familyNameKana", Type.KANA, true, 100),
        new Field(prefix + "givenNameKana", Type.KANA, false, 100), field(prefix + "birthDate", Type.DATE, false),
        field(prefix + "estimatedAge", Type.INT, false), field(prefix + "sex", Type.ENUM, true),
        text(prefix + "address", 300, false), field(prefix + "disabilities", Type.ENUMS, false));
  }

  private ObjectNode abuseReport() {
    ObjectNode report = JSON.createObjectNode();
    report.put("receivedAt", recently()).put("channel", "PHONE");
    report.putObject("reporter").put("type", "NEIGHBOUR").put("anonymous", false).put("name", "通報者")
        .put("contact", "090-0000-0000");
    report.set("person", person());
    report.put("abuserCategory", "CAREGIVER").put("facilityName", "");
    report.putArray("suspectedTypes").add("PHYSICAL");
    report.put("description", "隣家から大きな声と物音が続いている（ファズ試験）");
    report.putObject("dangerSigns").put("minorInjury", true);
    return report;
  }

  private static List<Field> abuseReportFields() {
    List<Field> fields = new ArrayList<>(List.of(text("centerId", 64, false), field("receivedAt", Type.DATETIME, true),
        field("channel", Type.ENUM, true), field("reporter", Type.OBJECT, true),
        field("reporter.type", Type.ENUM, true), field("reporter.anonymous", Type.BOOL, false),
        text("reporter.name", 200, false), text("reporter.contact", 200, false), field("person", Type.OBJECT, true)));
    fields.addAll(personFields("person."));
    fields.addAll(List.of(field("abuserCategory", Type.ENUM, true), text("facilityName", 200, false),
        field("suspectedTypes", Type.ENUMS, false), field("dangerSigns", Type.OBJECT, false),
        field("dangerSigns.dangerToLife", Type.BOOL, false), text("description", 4000, true)));
    return fields;
  }

  private ObjectNode consultation(Fixture f) {
    ObjectNode request = JSON.createObjectNode();
    request.put("receivedAt", recently()).put("officeId", f.office()).put("officeConsultant", "相談員 山本")
        .put("consentObtained", true);
    request.set("person", person());
    request.putArray("difficulties").add("FAMILY");
    request.putArray("requestedHelp").add("ADVICE");
    request.put("requestDetails", "助言がほしい").put("urgency", "MEDIUM");
    request.put("history", "本人が支援を拒んでいる（ファズ試験）");
    return request;
  }

  private static List<Field> consultationFields() {
    List<Field> fields = new ArrayList<>(List.of(text("centerId", 64, false), field("receivedAt", Type.DATETIME, true),
        field("officeId", Type.UUID, true), text("officeConsultant", 100, false),
        field("consentObtained", Type.BOOL, true), field("person", Type.OBJECT, true)));
    fields.addAll(personFields("person."));
    fields.addAll(List.of(field("difficulties", Type.ENUMS, true), field("requestedHelp", Type.ENUMS, true),
        text("requestDetails", 2000, false), field("urgency", Type.ENUM, true), text("history", 4000, true)));
    return fields;
  }

  private ObjectNode referral(String hospital) {
    ObjectNode referral = JSON.createObjectNode();
    referral.put("receivedAt", recently()).put("referrerId", hospital).put("referrerPerson", "精神保健福祉士 高橋")
        .put("admittedOn", "2018-04-01");
    referral.set("person", person());
    referral.put("intention", "退院して一人で暮らしたい（ファズ試験）");
    return referral;
  }

  private static List<Field> referralFields() {
    List<Field> fields = new ArrayList<>(List.of(text("centerId", 64, false), field("receivedAt", Type.DATETIME, true),
        field("referrerId", Type.UUID, true), text("referrerPerson", 100, false), field("admittedOn", Type.DATE, false),
        field("person", Type.OBJECT, true)));
    fields.addAll(personFields("person."));
    fields.add(text("intention", 4000, false));
    return fields;
  }

  private ObjectNode organisation() {
    return JSON.createObjectNode().put("name", "ファズ試験事業所 " + token()).put("kind", "SUPPORT_OFFICE")
        .put("contactPerson", "担当 山本").put("phone", "0467-00-0000");
  }

  private static List<Field> organisationFields() {
    return List.of(text("centerId", 64, false), field("kind", Type.ENUM, true), text("contactPerson", 100, false),
        new Field("phone", Type.PHONE, false, 40), text("name", 200, true));
  }

  private ObjectNode contact() {
    return JSON.createObjectNode().put("date", LocalDate.now(TimeConfiguration.JAPAN).minusDays(1).toString())
        .put("kind", "INTERVIEW").put("staff", "加藤").put("notes", "病棟で面接（ファズ試験）");
  }

  private static List<Field> contactFields() {
    return List.of(field("date", Type.DATE, true), field("kind", Type.ENUM, true), text("staff", 100, true),
        text("notes", 2000, false));
  }

  /** One day of 体験利用 in the benefit period, a different day for each {@code n}. */
  private ObjectNode trialStay(Fixture f, int n) {
    String day = f.periodStart().plusDays(n).toString();
    return JSON.createObjectNode().put("kind", "DAY_SERVICE_TRIAL").put("firstDay", day).put("lastDay", day)
        .put("atFamilyHome", false).put("place", "グループホームさがみ 体験室");
  }

  private static List<Field> trialStayFields() {
    return List.of(field("kind", Type.ENUM, true), field("firstDay", Type.DATE, true),
        field("lastDay", Type.DATE, true), field("atFamilyHome", Type.BOOL, false), text("place", 300, true));
  }

  private ObjectNode emergency() {
    return JSON.createObjectNode().put("receivedAt", recently()).put("caller", "本人")
        .put("description", "夜間に不安が強いと電話（ファズ試験）");
  }

  private static List<Field> emergencyFields() {
    return List.of(field("receivedAt", Type.DATETIME, true), text("caller", 100, false),
        text("description", 4000, true));
  }

  /** Every text field at its longest. */
  private static ObjectNode atLimits(ObjectNode body, List<Field> fields) {
    for (Field field : fields) {
      if (field.max() > 0 && !field.path().endsWith("centerId")) {
        String value = switch (field.type()) {
          case KANA -> "ア".repeat(field.max());
          case PHONE -> "0".repeat(field.max());
          default -> "𠮷".repeat(field.max() / 4) + "字".repeat(field.max() - field.max() / 4 * 2);
        };
        with(body, field.path(), TextNode.valueOf(value));
      }
    }
    return body;
  }

  // --- JSON surgery ---------------------------------------------------------------------------------------------

  private static ObjectNode with(ObjectNode body, String path, JsonNode value) {
    String[] names = path.split("\\.");
    ObjectNode parent = body;
    for (int i = 0; i < names.length - 1; i++) {
      JsonNode child = parent.get(names[i]);
      parent = child instanceof ObjectNode object ? object : parent.putObject(names[i]);
    }
    parent.set(names[names.length - 1], value);
    return body;
  }

  private static String withText(ObjectNode body, String path, String text) {
    return with(body, path, TextNode.valueOf(text)).toString();
  }

  private static ObjectNode without(ObjectNode body, String path) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? body : (ObjectNode) body.at("/" + path.substring(0, dot).replace('.', '/'));
    parent.remove(path.substring(dot + 1));
    return body;
  }

  /** The body with raw JSON text (not valid as a tree, such as a nesting bomb) as the value of a field. */
  private static String withRaw(ObjectNode body, String path, String raw) {
    return withText(body, path, RAW).replace("\"" + RAW + "\"", raw);
  }

  /** The JSON text with {@code bytes} (not valid UTF-8) where {@link #RAW} was. */
  private static byte[] bytesWith(String json, byte[] bytes) {
    int at = json.indexOf(RAW);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(json.substring(at + RAW.length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String bomb(String open, String close) {
    return open.repeat(NESTING) + close.repeat(NESTING);
  }

  private static List<JsonNode> texts(String... values) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String value : values) {
      nodes.add(TextNode.valueOf(value));
    }
    return nodes;
  }

  private <T> List<T> pick(List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    List<T> picked = new ArrayList<>();
    for (int i = 0; i < n && !pool.isEmpty(); i++) {
      picked.add(pool.remove(random.nextInt(pool.size())));
    }
    return picked;
  }

  private String kana(int length) {
    StringBuilder kana = new StringBuilder();
    for (int i = 0; i < length; i++) {
      kana.append(HIRAGANA.charAt(random.nextInt(HIRAGANA.length())));
    }
    return kana.toString();
  }

  private String token() {
    return Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
  }

  private static String recently() {
    return OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "null";
    }
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…(" + flat.length() + ")";
  }

  // --- what the cases work on ---------------------------------------------------------------------------------

  /** Cases made before the first hostile request, as staff would make them; they are not counted. */
  record Fixture(String office, String hospital, LocalDate periodStart, String inReferral, String inTransition,
      String inSettlement) {}

  private Fixture fixture() {
    String office = organisationId("SUPPORT_OFFICE", "相談支援事業所あやせ");
    String hospital = organisationId("PSYCHIATRIC_HOSPITAL", "さがみ野病院");
    LocalDate periodStart = LocalDate.now(TimeConfiguration.JAPAN).minusDays(1).withDayOfMonth(1);
    String inTransition = refer(hospital);
    ProcessInstance transition = instance(inTransition);
    intoTransition(transition, periodStart);
    String inSettlement = refer(hospital);
    ProcessInstance settlement = instance(inSettlement);
    intoTransition(settlement, periodStart);
    intoSettlement(settlement);
    String inReferral = refer(hospital);
    return new Fixture(office, hospital, periodStart, inReferral, inTransition, inSettlement);
  }

  private String organisationId(String kind, String name) {
    Answer list = read("/api/organisations?kind=" + kind, "kato");
    for (JsonNode organisation : json(list)) {
      if (name.equals(organisation.path("name").asText())) {
        return organisation.path("id").asText();
      }
    }
    throw new IllegalStateException(name + " not in " + list.body());
  }

  private String refer(String hospital) {
    Request request = post("/api/transitions", "kato", referral(hospital).toString());
    Answer created = send(new Case("fixture", "referral", request, true, 201, null));
    assertThat(created).isNotNull();
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return json(created).path("transitionNumber").asText();
  }

  private ProcessInstance instance(String number) {
    return Objects.requireNonNull(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult(), number);
  }

  /** First meeting, plan and the 地域移行支援 benefit decision, as the caseworker completes them in the Tasklist. */
  private void intoTransition(ProcessInstance pi, LocalDate periodStart) {
    complete(task("Task_HoldFirstMeeting", pi), withVariables("recordMetAt",
        OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).format(FORM_TIME),
        "wishesToMove", true, "recordWishes", "アパートで暮らしたい"));
    complete(task("Task_AssessAndPlan", pi), withVariables("recordAssessment", "服薬は自己管理できる",
        "recordPlan", "6か月で退院", "recordApplicationDate", periodStart.toString()));
    complete(task("Task_RecordTransitionDecision", pi), withVariables("recordDecisionDate", periodStart.toString(),
        "recordPeriodStart", periodStart.toString()));
  }

  /** Housing, discharge with 地域定着支援, and its benefit decision. */
  private void intoSettlement(ProcessInstance pi) {
    String yesterday = LocalDate.now(TimeConfiguration.JAPAN).minusDays(1).toString();
    complete(task("Task_SecureHousing", pi), withVariables("recordHousingType", "APARTMENT",
        "recordHousingPlace", "綾瀬市内のアパート（単身）"));
    complete(task("Task_RecordDischarge", pi), withVariables("recordDischargeDate", yesterday,
        "settlementSupport", true, "recordDischargeNotes", "退院し単身生活を開始"));
    complete(task("Task_RecordSettlementDecision", pi), withVariables("recordDecisionDate", yesterday,
        "recordPeriodStart", yesterday));
  }
}
