package jp.kikan.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The dates staff or the API may enter, checked against what can be true. Every range check of the app is here, so
 * that the API (Bean Validation: {@link Received}, {@link Lifetime}) and the Tasklist forms (the recorders call the
 * static methods) refuse the same dates with the same Japanese messages. Out of range is a staff member's mistake
 * (400), never a server error: a year such as {@code -999999999} or {@code +999999999} is refused here before any
 * date arithmetic or the database sees it.
 */
public final class PlausibleDates {

  /**
   * 障害者虐待の防止、障害者の養護者に対する支援等に関する法律（平成23年法律第79号）, in force from 2012-10-01 (附則第1条):
   * no report under it, and none of the later processes' requests, can have been received before.
   */
  public static final LocalDate LAW_IN_FORCE = LocalDate.of(2012, 10, 1);

  /** The earliest birth date (and date in a person's life, such as an admission) that is taken as true. */
  public static final LocalDate EARLIEST_IN_A_LIFE = LocalDate.of(1900, 1, 1);

  /** How far ahead a planned date (a review, the next conference, a benefit period) may lie. */
  public static final int PLANNED_YEARS_AHEAD = 10;

  private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

  private PlausibleDates() {}

  /** Why a case's received date-time cannot be true, or null: from {@link #LAW_IN_FORCE} until now. */
  public static String receivedProblem(Instant receivedAt, Clock clock) {
    if (receivedAt == null) {
      return null;
    }
    if (receivedAt.isBefore(LAW_IN_FORCE.atStartOfDay(TimeConfiguration.JAPAN).toInstant())) {
      return "受付日時は" + japanese(LAW_IN_FORCE) + "（障害者虐待防止法の施行日）以降の日時を入力してください。";
    }
    if (receivedAt.isAfter(clock.instant())) {
      return "未来の日時は入力できません。受付日時は現在までの日時を入力してください。";
    }
    return null;
  }

  /** Why a date in a person's life (birth, admission) cannot be true, or null: from 1900-01-01 until today. */
  public static String lifetimeProblem(LocalDate date, Clock clock, String label) {
    if (date == null) {
      return null;
    }
    if (date.isBefore(EARLIEST_IN_A_LIFE)) {
      return label + "は" + japanese(EARLIEST_IN_A_LIFE) + "以降の日付を入力してください。";
    }
    if (date.isAfter(LocalDate.now(clock.withZone(TimeConfiguration.JAPAN)))) {
      return label + "に未来の日付は入力できません";
    }
    return null;
  }

  /**
   * A recorded event of a case (a visit, a meeting held, a decision): not before the day the case was received and
   * not in the future. {@code caseReceivedAt} null: only not before {@link #LAW_IN_FORCE}.
   */
  public static Instant event(Instant at, Instant caseReceivedAt, Clock clock, String label) {
    if (at == null) {
      return null;
    }
    LocalDate day = at.atZone(TimeConfiguration.JAPAN).toLocalDate();
    LocalDate earliest = earliest(caseReceivedAt);
    if (day.isBefore(earliest)) {
      throw new BadUserRequestException("「" + label + "」は" + japanese(earliest) + "（受付日）以降の日時を入力してください。");
    }
    if (at.isAfter(clock.instant())) {
      throw new BadUserRequestException("「" + label + "」に未来の日時は入力できません。");
    }
    return at;
  }

  /** {@link #event(Instant, Instant, Clock, String)} for a date without time. */
  public static LocalDate eventDate(LocalDate date, Instant caseReceivedAt, Clock clock, String label) {
    if (date == null) {
      return null;
    }
    LocalDate earliest = earliest(caseReceivedAt);
    if (date.isBefore(earliest)) {
      throw new BadUserRequestException("「" + label + "」は" + japanese(earliest) + "（受付日）以降の日付を入力してください。");
    }
    if (date.isAfter(LocalDate.now(clock.withZone(TimeConfiguration.JAPAN)))) {
      throw new BadUserRequestException("「" + label + "」に未来の日付は入力できません。");
    }
    return date;
  }

  /**
   * A planned or scheduled date (a review, a conference, a benefit period): not before the case was received and
   * not more than {@link #PLANNED_YEARS_AHEAD} years ahead.
   */
  public static LocalDate planned(LocalDate date, Instant caseReceivedAt, Clock clock, String label) {
    if (date == null) {
      return null;
    }
    LocalDate earliest = earliest(caseReceivedAt);
    LocalDate latest = LocalDate.now(clock.withZone(TimeConfiguration.JAPAN)).plusYears(PLANNED_YEARS_AHEAD);
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      throw new BadUserRequestException("「" + label + "」は" + japanese(earliest) + "（受付日）から" + japanese(latest)
          + "までの日付を入力してください。");
    }
    return date;
  }

  /** {@link #planned(LocalDate, Instant, Clock, String)} for a date-time. */
  public static Instant planned(Instant at, Instant caseReceivedAt, Clock clock, String label) {
    if (at != null) {
      planned(at.atZone(TimeConfiguration.JAPAN).toLocalDate(), caseReceivedAt, clock, label);
    }
    return at;
  }

  private static LocalDate earliest(Instant caseReceivedAt) {
    return caseReceivedAt == null ? LAW_IN_FORCE : caseReceivedAt.atZone(TimeConfiguration.JAPAN).toLocalDate();
  }

  private static String japanese(LocalDate date) {
    return JAPANESE_DATE.format(date);
  }

  /** A case's received date-time ({@link #receivedProblem}); replaces {@code @PastOrPresent}. */
  @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = ReceivedValidator.class)
  public @interface Received {
    String message() default "受付日時を確認してください";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
  }

  /** A date in a person's life ({@link #lifetimeProblem}); {@code label} names it in the message. */
  @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = LifetimeValidator.class)
  public @interface Lifetime {
    String label();
    String message() default "日付を確認してください";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};
  }

  public static final class ReceivedValidator implements ConstraintValidator<Received, OffsetDateTime> {
    @Override
    public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
      String problem = value == null ? null : receivedProblem(value.toInstant(), clock(context));
      return problem == null || refuse(context, problem);
    }
  }

  public static final class LifetimeValidator implements ConstraintValidator<Lifetime, LocalDate> {
    private String label;

    @Override
    public void initialize(Lifetime annotation) {
      this.label = annotation.label();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      String problem = lifetimeProblem(value, clock(context), label);
      return problem == null || refuse(context, problem);
    }
  }

  /** Bean Validation's clock: Japan's, the engine's ({@link TimeConfiguration}). */
  private static Clock clock(ConstraintValidatorContext context) {
    return context.getClockProvider().getClock();
  }

  private static boolean refuse(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    // our messages hold no '{', '}' or '$', so they cannot be read as message expressions
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }
}
