package jp.kikan.casework;

import java.util.UUID;
import jp.kikan.boundary.RecordOwnership;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.data.repository.CrudRepository;

/**
 * The work of a process whose case is one numbered record named by a process variable ({@code consultationId}): a
 * task's case is the record the variable names, and it is the task's when it is of the task's center and instance.
 *
 * @param <C> the case record
 */
public abstract class NumberedCaseWork<C extends NumberedCase> implements CaseworkRegistration.CaseWork<C> {

  private final String idVariable;
  private final CrudRepository<C, UUID> cases;

  protected NumberedCaseWork(String idVariable, CrudRepository<C, UUID> cases) {
    this.idVariable = idVariable;
    this.cases = cases;
  }

  @Override
  public C of(DelegateTask task) {
    Object id = TaskForms.processVariable(task, idVariable);
    return id == null ? null : cases.findById(UUID.fromString(id.toString())).orElse(null);
  }

  @Override
  public boolean belongsTo(C theCase, String centerId, String processInstanceId) {
    return theCase.getCenterId().equals(centerId) && processInstanceId.equals(theCase.getProcessInstanceId());
  }

  /** For a service task: the id of the case the instance's variable names, once it is shown to be its own. */
  public UUID ownCaseId(DelegateExecution execution) {
    return ServiceTasks.ownCaseId(execution, idVariable, this::requireOwn);
  }

  /** The case of {@code id} is the instance's and its center's (in the engine command's transaction). */
  private void requireOwn(String centerId, String processInstanceId, UUID id) {
    C theCase = cases.findById(id).orElse(null);
    RecordOwnership.requireOwnCase(theCase != null && belongsTo(theCase, centerId, processInstanceId));
  }
}
