package jp.kikan.casework;

import jp.kikan.platform.VisibleText;
import jp.kikan.platform.TimeConfiguration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Reads what a Camunda Form submitted. Tasklist sends text fields as strings, checkboxes as booleans, numbers as
 * numbers, checklists as JSON arrays (Spin) and date-times as ISO text with or without an offset (then Japan time).
 * A value that cannot be read is the staff member's to correct: {@link BadUserRequestException} with its label.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;
  /** The fields a step declares it reads ({@link Step#fields}); null: any. */
  private final Set<String> declared;

  public FormValues(Map<String, Object> values) {
    this(values, null);
  }

  private FormValues(Map<String, Object> values, Set<String> declared) {
    this.values = values;
    this.declared = declared;
  }

  /**
   * The values of a step's form, readable only by the names the step declares: a step that reads a field it does not
   * declare fails in its process test, so the declaration that the deployment check compares with the form holds.
   */
  static FormValues declared(Map<String, Object> values, Set<String> fields) {
    return new FormValues(values, Set.copyOf(fields));
  }

  private Object value(String key) {
    if (declared != null && !declared.contains(key)) {
      throw new IllegalStateException("the step reads form field " + key + " without declaring it");
    }
    return values.get(key);
  }

  /** Longest text a form field may hold; the case records keep free text up to this length. */
  public static final int MAX_TEXT = 4000;

  public String text(String key) {
    Object value = value(key);
    // blank as @NotBlank sees it: also no-break and zero-width spaces, which String.isBlank() keeps
    String text = value == null || VisibleText.isBlank(value.toString()) ? null : value.toString().strip();
    if (text != null && text.length() > MAX_TEXT) {
      throw new BadUserRequestException("入力が長すぎます（" + text.length() + "文字）。" + MAX_TEXT
          + "文字以内にしてください（項目: " + key + "）。");
    }
    return text;
  }

  public String requiredText(String key, String label) {
    String text = text(key);
    if (text == null) {
      throw new BadUserRequestException("「" + label + "」を入力してください。");
    }
    return text;
  }

  public boolean flag(String key) {
    Object value = value(key);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public Integer integer(String key, String label) {
    Object value = value(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new BadUserRequestException("「" + label + "」は数字で入力してください。");
    }
  }

  public <E extends Enum<E>> E choice(String key, Class<E> type, String label) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("「" + label + "」の値「" + text + "」は選択肢にありません。");
    }
  }

  /** A multi-select: a JSON array (Spin), a collection, or comma-separated text. */
  public List<String> texts(String key, String label) {
    Object value = value(key);
    if (value == null) {
      return List.of();
    }
    List<String> items;
    if (value instanceof Collection<?> collection) {
      items = collection.stream().map(Object::toString).toList();
    } else {
      try {
        items = JSON.readValue(value.toString(), new TypeReference<List<String>>() {});
      } catch (Exception e) {
        items = List.of(value.toString().split(","));
      }
    }
    return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
  }

  public <E extends Enum<E>> Set<E> choices(String key, Class<E> type, String label) {
    EnumSet<E> set = EnumSet.noneOf(type);
    for (String item : texts(key, label)) {
      try {
        set.add(Enum.valueOf(type, item));
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException("「" + label + "」の値「" + item + "」は選択肢にありません。");
      }
    }
    return set;
  }

  public Instant instant(String key, String label) {
    Object value = value(key);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    Instant instant = value instanceof Date date ? date.toInstant() : parseInstant(text, label);
    // years such as +999999999 parse, then overflow as soon as they are moved into Japan's zone: not a date of ours
    if (instant.isBefore(FIRST) || !instant.isBefore(BEYOND)) {
      throw unreadableTime(label, text);
    }
    return instant;
  }

  /** The years a form's date can be read in (four digits); {@link PlausibleDates} narrows each field further. */
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant BEYOND = Instant.parse("9999-01-01T00:00:00Z");

  private static Instant parseInstant(String text, String label) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atZone(TimeConfiguration.JAPAN).toInstant();
      } catch (DateTimeException notLocal) {
        throw unreadableTime(label, text);
      }
    }
  }

  private static BadUserRequestException unreadableTime(String label, String text) {
    return new BadUserRequestException("「" + label + "」の日時「" + text + "」を読み取れません（例: 2026-11-23T10:30）。");
  }

  public LocalDate date(String key, String label) {
    String text = text(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException("「" + label + "」の日付「" + text + "」を読み取れません（例: 2026-11-23）。");
    }
  }
}
