package jp.kikan.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a deployed Camunda Form (the {@code .form} JSON): each component's {@code key}, found recursively
 * (groups hold components too), with its label, whether the form requires it, and whether a condition may hide it.
 * A group with a {@code path} submits its fields as one object under that name.
 */
public final class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One field of a form. {@code hideable}: it or a group around it has a condition, so it may not be sent. */
  public record Field(String key, String label, String type, boolean required, boolean hideable) {}

  /** The fields of one form by key; empty for "no form". */
  public record Form(Map<String, Field> fields) {
    public static final Form NONE = new Form(Map.of());
  }

  private DeployedForms() {}

  public static Form read(InputStream json) throws IOException {
    try (json) {
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(JSON.readTree(json), false, fields);
      return new Form(Collections.unmodifiableMap(fields));
    }
  }

  private static void collect(JsonNode container, boolean hiddenAbove, Map<String, Field> fields) {
    for (JsonNode component : container.path("components")) {
      boolean hideable = hiddenAbove || hasCondition(component);
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        // a date-time field has a date label and a time label instead of one label
        String label = component.path("label").asText(component.path("dateLabel").asText(key));
        fields.put(key, new Field(key, label, component.path("type").asText(""),
            component.path("validate").path("required").asBoolean(false), hideable));
      }
      String path = component.path("path").asText(null);
      if (path != null && !path.isBlank()) {
        fields.put(path, new Field(path, component.path("label").asText(path), "group", false, true));
      }
      collect(component, hideable, fields);
    }
  }

  private static boolean hasCondition(JsonNode component) {
    JsonNode hide = component.path("conditional").path("hide");
    return hide.isTextual() && !hide.asText().isBlank() || hide.isBoolean() && hide.asBoolean();
  }
}
