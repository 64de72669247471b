package jp.kikan.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import jp.kikan.platform.Labelled;
import org.springframework.lang.Nullable;

/**
 * What an audit entry is about. The kinds every center shares are here; a process package declares its own as beans
 * ({@link ProcessKind}, or a plain {@code CaseKind} bean), and {@link CaseKinds} knows them all. For {@code /api}
 * requests the kind follows from the endpoint's path, so a new endpoint is recorded from its first request on (as
 * {@link #OTHER} until a kind names its path).
 *
 * @param name what the audit table stores ({@code case_kind}, at most 32 characters) and the API answers
 * @param label what staff read, in Japanese
 * @param api the {@code /api} endpoints of the kind, or null
 * @param lookup where the center of a case of this kind is found by its number or id, or null
 */
public record CaseKind(String name, String label, @Nullable Api api, @Nullable Lookup lookup) implements Labelled {

  /**
   * The endpoints {@code /api/<segment>/…}, or only those of them ending in {@code ending} ({@code /reporter}).
   */
  public record Api(String segment, @Nullable String ending) {

    boolean matches(String pattern, String firstSegment) {
      return segment.equals(firstSegment) && (ending == null || pattern.endsWith(ending));
    }
  }

  /** The table and column holding a case's number or id, and whether that column holds a UUID. */
  public record Lookup(String table, String column, boolean uuid) {}

  public static final CaseKind PERSON = of("PERSON", "本人").api("persons").withId("person");
  public static final CaseKind STATISTICS = of("STATISTICS", "統計").api("statistics");
  public static final CaseKind ORGANISATION = of("ORGANISATION", "関係機関").api("organisations")
      .withId("organisation");
  public static final CaseKind AUDIT = of("AUDIT", "操作の記録").api("audit");
  /** A deployment of models and forms, or a refused one: shared by every center, so it has none. */
  public static final CaseKind MODEL_DEPLOYMENT = of("MODEL_DEPLOYMENT", "モデルの配備");
  public static final CaseKind OTHER = of("OTHER", "その他");


  public static CaseKind of(String name, String label) {
    return new CaseKind(name, label, null, null);
  }

  /** This kind for the endpoints {@code /api/<segment>/…}. */
  public CaseKind api(String segment) {
    return new CaseKind(name, label, new Api(segment, null), lookup);
  }

  /** This kind for the endpoints {@code /api/<segment>/…<ending>}, before a kind of the whole segment. */
  public CaseKind api(String segment, String ending) {
    return new CaseKind(name, label, new Api(segment, ending), lookup);
  }

  /** Cases found by their number in {@code table.column}. */
  public CaseKind numbered(String table, String column) {
    return new CaseKind(name, label, api, new Lookup(table, column, false));
  }

  /** Cases found by their UUID in {@code table.id}. */
  public CaseKind withId(String table) {
    return new CaseKind(name, label, api, new Lookup(table, "id", true));
  }


  @JsonValue
  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
