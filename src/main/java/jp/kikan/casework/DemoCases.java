package jp.kikan.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.directory.Organisation;
import jp.kikan.platform.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Invented cases of one process for the demo centers ({@link Sample}: profile {@code demo} only), so that a first
 * look at Tasklist and Cockpit shows work. They go through the same intake as the API, with idempotency keys: a
 * restart finds them and creates nothing. {@code kikan.demo.sample-cases=false} leaves them out (the Spring tests do:
 * each test starts the cases it checks). They start when the application is ready, after the demo directory, whose
 * organisations a case may name.
 */
public abstract class DemoCases {

  /** A bean of demo cases: only with the profile {@code demo} and unless {@code kikan.demo.sample-cases=false}. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @Component
  @Profile("demo")
  @ConditionalOnProperty(name = "kikan.demo.sample-cases", havingValue = "true", matchIfMissing = true)
  public @interface Sample {}

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final Clock clock;

  protected DemoCases(Clock clock) {
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void load() {
    start();
  }

  /** Starts each demo case through {@link #once}. */
  protected abstract void start();

  /**
   * Starts one demo case unless a restart finds it ({@code present}); {@code start} answers its number.
   *
   * @param what what staff would call the case, in the log ({@code abuse report})
   */
  protected void once(String what, boolean present, Supplier<String> start) {
    if (!present) {
      log.warn("demo {} {} created (invented person): never use the demo profile for real cases", what, start.get());
    }
  }

  /**
   * Receives one demo request through the process's intake, as the API does, unless a restart finds the record its
   * key made; {@code then} carries the new record on (a task done, say).
   */
  protected <R extends IntakeRequestHead, C extends CaseHead> void once(String what, IntakeTemplate<R, C, ?> intake,
      Staff staff, String key, Supplier<R> request, Consumer<C> then) {
    once(what, intake.received(staff.centerIds().get(0), key), () -> {
      C record = intake.accept(staff, request.get(), key).record();
      then.accept(record);
      return record.getNumber();
    });
  }

  /**
   * As {@link #once(String, IntakeTemplate, Staff, String, Supplier, Consumer)}, from the organisation of that name in
   * the staff member's center; nothing when the center's directory does not have it.
   */
  protected <R extends IntakeRequestHead, C extends CaseHead> void onceFrom(String what, SenderIntake<R, C> intake,
      Staff staff, String key, String senderName, Function<Organisation, R> request) {
    intake.sender(staff.centerIds().get(0), senderName).ifPresent(sender ->
        once(what, intake, staff, key, () -> request.apply(sender), record -> {}));
  }

  /** Now, in Japan: the demo requests carry times as the forms give them. */
  protected OffsetDateTime now() {
    return OffsetDateTime.now(clock).atZoneSameInstant(TimeConfiguration.JAPAN).toOffsetDateTime();
  }

  protected static Staff caseworker(String userId, String centerId) {
    return new Staff(userId, List.of(StaffGroup.CASEWORKER.id()), List.of(centerId));
  }
}
