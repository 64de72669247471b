package jp.kikan.secondary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jp.kikan.casework.IntakeAnswer;
import jp.kikan.casework.IntakeController;
import jp.kikan.center.StaffContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/secondary-consultations}: requests of support offices (困難事例 二次相談) and their records. */
@RestController
@Validated
public class ConsultationController extends IntakeController<ConsultationRequest, Consultation> {

  public record Receipt(String consultationNumber, String processInstanceId, boolean personUncertain) {}

  private final ConsultationFiles files;

  public ConsultationController(ConsultationIntake intake, ConsultationFiles files, StaffContext staff) {
    super(intake, staff, "/api/secondary-consultations");
    this.files = files;
  }

  /** A support office's request: answered with its number and whether the person is yet to be confirmed. */
  @PostMapping(path = "/api/secondary-consultations", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Receipt> receive(
      @RequestHeader(name = "Idempotency-Key", required = false)
      @Size(min = 8, max = 200, message = IntakeAnswer.KEY_SIZE) String idempotencyKey,
      @Valid @RequestBody ConsultationRequest request) {
    return answer(idempotencyKey, request, consultation -> new Receipt(consultation.getConsultationNumber(),
        consultation.getProcessInstanceId(), consultation.getCandidatePersonId() != null));
  }

  @GetMapping("/api/secondary-consultations/{number}")
  public ConsultationFiles.File file(@PathVariable String number) {
    return files.file(staff.require(), number);
  }
}
