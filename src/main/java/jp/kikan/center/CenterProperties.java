package jp.kikan.center;

import jakarta.validation.Valid;
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
}
