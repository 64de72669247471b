package jp.kikan.casework;

import jakarta.validation.Validator;
import jp.kikan.audit.AuditTrail;
import jp.kikan.center.StaffContext;
import org.springframework.stereotype.Component;

/** The services every {@link StartFormRecording} works with. */
@Component
public record StartFormKit(Validator validator, StaffContext staffContext, AuditTrail audit) {}
