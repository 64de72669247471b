package jp.kikan.transition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.kikan.casework.IntakeAnswer;
import jp.kikan.casework.IntakeController;
import jp.kikan.center.StaffContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/transitions}: referrals, the case list by phase, the file, contacts, trial stays, emergency calls. */
@RestController
@Validated
public class TransitionController extends IntakeController<TransitionReferral, TransitionCase> {

  public record Receipt(String transitionNumber, String processInstanceId) {}

  private final TransitionRecords records;

  public TransitionController(TransitionIntake intake, TransitionRecords records, StaffContext staff) {
    super(intake, staff, "/api/transitions");
    this.records = records;
  }

  /** A hospital's or facility's referral: answered with the new case's number. */
  @PostMapping(path = "/api/transitions", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Receipt> refer(
      @RequestHeader(name = "Idempotency-Key", required = false)
      @Size(min = 8, max = 200, message = IntakeAnswer.KEY_SIZE) String idempotencyKey,
      @Valid @RequestBody TransitionReferral referral) {
    return answer(idempotencyKey, referral,
        transition -> new Receipt(transition.getTransitionNumber(), transition.getProcessInstanceId()));
  }

  @GetMapping("/api/transitions")
  public List<TransitionRecords.Summary> list(@RequestParam(required = false) Phase phase) {
    return records.list(staff.require(), phase);
  }

  @GetMapping("/api/transitions/{number}")
  public TransitionRecords.File file(@PathVariable String number) {
    return records.file(staff.require(), number);
  }

  @PostMapping(path = "/api/transitions/{number}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TransitionRecords.ContactView> contact(@PathVariable String number,
      @Valid @RequestBody TransitionRequests.Contact request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(records.recordContact(staff.require(), number, request));
  }

  @PostMapping(path = "/api/transitions/{number}/trial-stays", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TransitionRecords.TrialStayView> trialStay(@PathVariable String number,
      @Valid @RequestBody TransitionRequests.TrialStay request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(records.recordTrialStay(staff.require(), number, request));
  }

  @PostMapping(path = "/api/transitions/{number}/emergency-contacts", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TransitionRecords.EmergencyView> emergency(@PathVariable String number,
      @Valid @RequestBody TransitionRequests.Emergency request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(records.recordEmergency(staff.require(), number, request));
  }
}
