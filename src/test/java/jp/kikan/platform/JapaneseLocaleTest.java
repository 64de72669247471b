package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Japanese locale covers every label of the Camunda webapps in the dependency: after a Camunda upgrade this test
 * lists the new keys to translate. Placeholders and markup must survive the translation, and each app's config
 * offers Japanese first with English as the fallback.
 */
class JapaneseLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKENS = Pattern.compile("\\{\\{[^}]*}}|<[^>]+>|&[a-z]+;|%[sd]");
  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAJapaneseOne_withTheSamePlaceholders(String app) throws IOException {
    JsonNode en = webjarEnglish(app);
    JsonNode ja = read(ours(app + "/locales/ja.json"));
    List<String> missing = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    en.path("labels").fieldNames().forEachRemaining(key -> {
      JsonNode translated = ja.path("labels").get(key);
      String english = en.path("labels").path(key).asText();
      // "s", the English plural ending appended to a noun, has no Japanese counterpart: empty on purpose
      boolean pluralEnding = english.equals("s");
      if (translated == null || (translated.asText().isBlank() && !english.isBlank() && !pluralEnding)) {
        missing.add(key);
      } else if (!tokens(english).equals(tokens(translated.asText()))) {
        broken.add(key + ": " + english + " → " + translated.asText());
      }
    });
    assertThat(missing).as(app + ": labels of the " + app + " en.json without a Japanese text").isEmpty();
    assertThat(broken).as(app + ": placeholders or markup changed by the translation").isEmpty();
    if (en.has("dateLocales")) {
      assertThat(fieldNames(ja.path("dateLocales"))).as(app + " dateLocales")
          .containsExactlyInAnyOrderElementsOf(fieldNames(en.path("dateLocales")));
      assertThat(ja.path("dateLocales").path("weekdaysShort").get(1).asText()).isEqualTo("月");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theAppOffersJapaneseFirst_englishAsFallback(String app) throws IOException {
    String config = new String(ours(app + "/scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(config.replaceAll("\\s", "")).contains("availableLocales:['ja','en']").contains("fallbackLocale:'en'");
  }

  private static JsonNode webjarEnglish(String app) throws IOException {
    List<URL> found = Collections.list(JapaneseLocaleTest.class.getClassLoader()
        .getResources(APP + app + "/locales/en.json"));
    URL jar = found.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + app + " en.json in the camunda-webapp-webjar dependency"));
    try (InputStream in = jar.openStream()) {
      return read(in);
    }
  }

  private static InputStream ours(String path) throws IOException {
    List<URL> found = Collections.list(JapaneseLocaleTest.class.getClassLoader().getResources(APP + path));
    URL own = found.stream().filter(url -> !url.toString().contains("camunda-webapp-webjar")).findFirst()
        .orElseThrow(() -> new AssertionError("kikan-flow has no " + APP + path));
    return own.openStream();
  }

  private static JsonNode read(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKENS.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Collections.sort(tokens);
    return tokens;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
