package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.junit.jupiter.api.Test;

/** A name of nothing but spaces, Japanese or other, is blank. */
class VisibleTextTest {

  record Named(@NotBlank(message = "氏（姓）を入力してください") String name) {}

  @Test
  void unicodeSpacesAndInvisibleCharacters_areBlank() {
    for (String blank : new String[] {null, "", " ", "\u3000", "\u3000 \u3000", "\u00A0", "\u2003", "\u202F",
        "\u200B", "\uFEFF", "\u3164", "\t\r\n"}) {
      assertThat(VisibleText.isBlank(blank)).as(String.valueOf(blank)).isTrue();
    }
    for (String visible : new String[] {"綾瀬", "\u3000あ", "a", "ー", "・"}) {
      assertThat(VisibleText.isBlank(visible)).as(visible).isFalse();
    }
  }

  @Test
  void hibernateValidatorsOwnNotBlank_letsAFullWidthSpaceThrough_ours_doesNot() {
    Validator plain = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(plain.validate(new Named("\u3000"))).as("String.trim() keeps U+3000").isEmpty();

    HibernateValidatorConfiguration configuration = Validation.byProvider(
        org.hibernate.validator.HibernateValidator.class).configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
        .validatedBy(VisibleText.NotBlankValidator.class);
    Validator ours = configuration.addMapping(mapping).buildValidatorFactory().getValidator();
    assertThat(ours.validate(new Named("\u3000"))).extracting(v -> v.getMessage())
        .containsExactly("氏（姓）を入力してください");
    assertThat(ours.validate(new Named(null))).hasSize(1);
    assertThat(ours.validate(new Named("綾瀬"))).isEmpty();
  }
}
