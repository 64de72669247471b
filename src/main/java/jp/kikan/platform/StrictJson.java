package jp.kikan.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.temporal.Temporal;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules for JSON read by {@code /api/**} that {@code spring.jackson.*} cannot express (the others are in
 * application.yml). Jackson is lenient by default, and each leniency let a wrong request through as a valid one:
 * <ul>
 *   <li>no number or boolean where text belongs ({@code "familyName": 12345});</li>
 *   <li>dates and times only as ISO text, not as an epoch number or an array ({@code [2026,11,20]}, {@code []});</li>
 *   <li>no text that PostgreSQL cannot store or UTF-8 cannot encode: the NUL character ({@code \u0000}) and
 *       unpaired surrogates ({@code \ud800}). H2 would store them; PostgreSQL answers an error (NUL) or keeps a
 *       {@code ?} (a surrogate).</li>
 * </ul>
 * Camunda's REST API and webapps use their own object mappers and are not affected.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

  @Bean
  Module strictJsonValues() {
    return new SimpleModule("kikan-strict-json")
        .addDeserializer(String.class, new StorableText())
        .setDeserializerModifier(new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
              JsonDeserializer<?> deserializer) {
            return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new TextOnly(deserializer)
                : deserializer;
          }
        });
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noScalarsAsText() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** Text as Jackson reads it, refused when it holds a NUL or an unpaired surrogate. */
  static final class StorableText extends StringDeserializer {

    static final String PROBLEM = "使えない文字（NUL 文字または対になっていないサロゲート）が含まれています";

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = super.deserialize(p, ctxt);
      return text == null || storable(text) ? text : (String) ctxt.handleWeirdStringValue(String.class, text, PROBLEM);
    }

    static boolean storable(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u0000') {
          return false;
        }
        if (Character.isHighSurrogate(c)) {
          if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return false;
          }
          i++;
        } else if (Character.isLowSurrogate(c)) {
          return false;
        }
      }
      return true;
    }
  }

  /** A java.time value only from a JSON string; Jackson's own deserializer then parses it. */
  static final class TextOnly extends DelegatingDeserializer {

    TextOnly(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new TextOnly(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      return super.deserialize(p, ctxt);
    }
  }
}
