package jp.kikan.center;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.config.PerCenterSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The centers of this installation, from configuration ({@code kikan.centers.<id>.*}). Each center becomes a Camunda
 * tenant at start-up. One set of models serves all of them; what differs between centers is a setting, never a copy
 * of a model: each process declares its settings ({@link PerCenterSettings}, {@code kikan.defaults.*}) and a center
 * sets its own under {@code kikan.centers.<id>.settings.*} ({@link CenterSettings}).
 *
 * @param centers the centers of this installation by id (a Camunda tenant each)
 */
@ConfigurationProperties("kikan")
@Validated
public record CenterProperties(@DefaultValue Map<String, @Valid Definition> centers) {

  public CenterProperties {
    centers = new LinkedHashMap<>(centers);
  }

  /**
   * One center: {@code kikan.centers.ayase.name=綾瀬市基幹相談支援センター} and so on; its {@code settings.*} are the
   * processes' ({@link CenterSettings}).
   *
   * @param name the center's name as staff and letters show it
   * @param municipality the municipality that runs the center
   * @param prefecture the prefecture of that municipality
   */
  public record Definition(String name, String municipality, String prefecture) {}

  /**
   * One center's settings of every process under one name, for callers not yet asking for their process's own
   * ({@link CenterSettings#of(String, Class)}): each getter reads the value of its name.
   */
  @Deprecated(forRemoval = true)
  public static final class Settings {

    private final Map<String, Object> values = new HashMap<>();

    Settings(Collection<? extends Record> parts) {
      for (Record part : parts) {
        for (var component : part.getClass().getRecordComponents()) {
          try {
            values.put(component.getName(), component.getAccessor().invoke(part));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }

    private Object value(String name) {
      if (!values.containsKey(name)) {
        throw new IllegalStateException("no process declares the setting " + name);
      }
      return values.get(name);
    }

    public Period monitoringInterval() {
      return (Period) value("monitoringInterval");
    }

    public Duration safetyConfirmationLimit() {
      return (Duration) value("safetyConfirmationLimit");
    }

    public boolean sameDayWhenUrgent() {
      return (Boolean) value("sameDayWhenUrgent");
    }

    public String prefectureMailAddress() {
      return (String) value("prefectureMailAddress");
    }

    public int triageBusinessDays() {
      return (Integer) value("triageBusinessDays");
    }

    public Period followUpInterval() {
      return (Period) value("followUpInterval");
    }

    public Period longCaseReviewAfter() {
      return (Period) value("longCaseReviewAfter");
    }

    public int transitionPeriodMonths() {
      return (Integer) value("transitionPeriodMonths");
    }

    public int transitionMaxRenewals() {
      return (Integer) value("transitionMaxRenewals");
    }

    public int settlementPeriodMonths() {
      return (Integer) value("settlementPeriodMonths");
    }

    public Duration renewalNotice() {
      return (Duration) value("renewalNotice");
    }

    public int minimumMonthlyContactDays() {
      return (Integer) value("minimumMonthlyContactDays");
    }

    public int trialStayMaxDays() {
      return (Integer) value("trialStayMaxDays");
    }

    public Period settlementMonitoringInterval() {
      return (Period) value("settlementMonitoringInterval");
    }

    public Duration emergencyResponseWithin() {
      return (Duration) value("emergencyResponseWithin");
    }
  }
}
