package jp.kikan.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * Whether text shows anything. Bean Validation's {@code @NotBlank} (Hibernate Validator) trims with
 * {@link String#trim()}, which removes only characters up to U+0020: a name of one full-width space (U+3000, what a
 * Japanese keyboard types for a space), a no-break space or a zero-width space passed as "not blank" and was stored as
 * a name. Here every whitespace and space separator ({@link Character#isWhitespace}, {@link Character#isSpaceChar}),
 * every control and format character (zero-width spaces and joiners, the byte order mark) and the fillers that
 * render as nothing count as blank.
 */
public final class VisibleText {

  private VisibleText() {}

  public static boolean isBlank(CharSequence text) {
    return text == null || text.codePoints().allMatch(VisibleText::invisible);
  }

  static boolean invisible(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return true;
    }
    // Hangul fillers and the blank Braille pattern: letters and symbols by category, blank on the screen
    return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
        || codePoint == 0x2800;
  }

  /**
   * The validator of {@code @NotBlank} everywhere in the app, in place of Hibernate Validator's
   * ({@link InputBoundaryConfiguration}): the annotations and their Japanese messages stay as they are.
   */
  public static final class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return !isBlank(value);
    }
  }
}
