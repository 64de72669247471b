package jp.kikan.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/** What staff recorded in one step of a case, as the JSON text the running records keep (keys sorted). */
public final class EntryContent {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EntryContent() {}

  public static String json(Map<String, ?> content) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(content));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("case record content is not serialisable", e);
    }
  }
}
