package jp.kikan.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;
import org.springframework.util.unit.DataSize;

/**
 * A size ({@link DataSize}) or a calendar period ({@link Period}) of more than zero: Jakarta's {@code @Positive}
 * knows numbers only. Null is valid (an unset override).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
    ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PositiveAmount.OfDataSize.class, PositiveAmount.OfPeriod.class})
public @interface PositiveAmount {

  String message() default "must be more than zero";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class OfDataSize implements ConstraintValidator<PositiveAmount, DataSize> {
    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
      return value == null || value.toBytes() > 0;
    }
  }

  class OfPeriod implements ConstraintValidator<PositiveAmount, Period> {
    @Override
    public boolean isValid(Period value, ConstraintValidatorContext context) {
      return value == null || (!value.isNegative() && !value.isZero());
    }
  }
}
