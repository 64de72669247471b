package jp.kikan.casework;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What every service task of a process does before it acts on its case: the case it names by a variable must be
 * its instance's and its center's, whatever the variables say (else {@code RecordOwnership} refuses it).
 */
public final class ServiceTasks {

  /** A process's check that the case of {@code id} is the instance's and its center's. */
  @FunctionalInterface
  public interface OwnershipCheck {
    void require(String centerId, String processInstanceId, UUID id);
  }

  private ServiceTasks() {}

  /** The id the variable holds, once the case it names is shown to be the instance's and its center's. */
  public static UUID ownCaseId(DelegateExecution execution, String variable, OwnershipCheck check) {
    UUID id = UUID.fromString(String.valueOf(execution.getVariable(variable)));
    check.require(execution.getTenantId(), execution.getProcessInstanceId(), id);
    return id;
  }
}
