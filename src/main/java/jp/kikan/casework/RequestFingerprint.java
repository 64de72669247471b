package jp.kikan.casework;

import jp.kikan.platform.ApiProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SHA-256 of a request body in canonical JSON (properties, map keys and array elements sorted), for
 * {@code Idempotency-Key}: the same key with the same body is a replay, with another body a conflict. Array elements
 * are sorted because the requests' lists are sets: a {@code Set} of enums iterates in an order that differs between
 * JVM runs, and a replay after a restart must still match.
 */
public final class RequestFingerprint {

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private RequestFingerprint() {}

  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      ObjectNode sorted = CANONICAL.createObjectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.stream().sorted().forEach(name -> sorted.set(name, canonical(node.get(name))));
      return sorted;
    }
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(element -> elements.add(canonical(element)));
      elements.sort(Comparator.comparing(JsonNode::toString));
      ArrayNode array = CANONICAL.createArrayNode();
      elements.forEach(array::add);
      return array;
    }
    return node;
  }

  public static String of(Object request) {
    try {
      JsonNode tree = canonical(CANONICAL.valueToTree(request));
      byte[] canonical = CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The case an earlier request with the same {@code Idempotency-Key} created: returned again (a replay) when the
   * same user sent it with a body of the same fingerprint; a body of another fingerprint under the same key is
   * refused (409). A key is bound to the user who sent it first: anyone else's request under it is refused (409)
   * without comparing anything, else a colleague could confirm a guess of what the first request held (the
   * reporter, 第8条) by whether the answer is the case or a conflict.
   */
  public static <T> Optional<T> replay(Optional<T> earlier, String key, String fingerprint, String userId,
      Function<T, String> senderOf, Function<T, String> fingerprintOf, Function<T, String> numberOf, String what) {
    earlier.filter(found -> !senderOf.apply(found).equals(userId)).ifPresent(other -> {
      throw ApiProblem.conflict("この Idempotency-Key（" + key + "）は別の職員の" + what + "に使われています。新しい"
          + what + "には新しいキーを使ってください。");
    });
    earlier.filter(found -> !fingerprintOf.apply(found).equals(fingerprint)).ifPresent(other -> {
      throw ApiProblem.conflict("この Idempotency-Key（" + key + "）は別の内容の" + what + "（" + numberOf.apply(other)
          + "）に使われています。新しい" + what + "には新しいキーを使ってください。");
    });
    return earlier;
  }
}
