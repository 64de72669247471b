package jp.kikan.casework;

import jp.kikan.platform.CaseContentHistoryFilter;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What every Tasklist start form's recording delegate does around its feature's own intake: check the request as
 * the API checks it (form-js checks only in the browser), and take the form's fields out of the process once they
 * are in the case records.
 */
public final class StartForms {

  /** Start-form fields are named {@code intake…}; the case-content history filter keeps them out of the history. */
  public static final String FIELD_PREFIX = CaseContentHistoryFilter.START_FORM_PREFIX;

  private StartForms() {}

  /** The request, or a message for the staff member naming every mistake. */
  public static <T> T validated(Validator validator, T request, String mistakesIn) {
    Set<ConstraintViolation<T>> problems = validator.validate(request);
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(mistakesIn + ": " + problems.stream()
          .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("／")));
    }
    return request;
  }

  public static void removeFormFields(DelegateExecution execution) {
    execution.getVariableNames().stream().filter(name -> name.startsWith(FIELD_PREFIX))
        .toList().forEach(execution::removeVariable);
  }
}
