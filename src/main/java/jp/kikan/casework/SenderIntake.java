package jp.kikan.casework;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationDirectory;
import jp.kikan.directory.OrganisationKind;
import jp.kikan.person.PersonMatch;
import jp.kikan.platform.ApiProblem;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * An {@link IntakeTemplate} whose request comes from an organisation of the center's directory (関係機関の名簿): the
 * API names it by id, the Tasklist start form by name; when the process takes requests from one kind only, another
 * kind is refused. What the process decides is the sender.
 */
public abstract class SenderIntake<R extends IntakeRequestHead, C extends CaseHead>
    extends IntakeTemplate<R, C, Organisation> {

  /**
   * Where a process's requests come from.
   *
   * @param id the sender's id in a request
   * @param field what the forms call the sender, in Japanese, for the messages ({@code 紹介元})
   * @param kind the only kind of organisation that may send, or null for any
   */
  public record Sender<R>(OrganisationDirectory directory, Function<R, UUID> id, String field,
      OrganisationKind kind) {}

  private final Sender<R> sender;

  protected SenderIntake(IntakeKit kit, CaseHeadRepository<C> records, String processKey, String variable,
      CaseNumbers.Series numbers, String what, String intakeOf, Sender<R> sender) {
    super(kit, records, processKey, variable, numbers, what, intakeOf);
    this.sender = sender;
  }

  /** The sender a start form names. */
  public Organisation senderNamed(Staff staff, String centerId, String name) {
    return sender.directory().byName(centerOf(staff, centerId), name, sender.kind(), sender.field());
  }

  /** The organisation of that name, if the center's directory has it (the demo cases' senders). */
  public Optional<Organisation> sender(String centerId, String name) {
    return sender.directory().named(centerId, name);
  }

  /** The ids of the senders a start form names, in the center it chose: for the form's reader. */
  public Function<String, UUID> senderIds(DelegateExecution execution, Staff staff) {
    return name -> senderNamed(staff, (String) execution.getVariable("centerId"), name).getId();
  }

  /** The sender, of the center's directory and of the kind the process takes requests from. */
  @Override
  protected Organisation decide(String centerId, R request, PersonMatch match) {
    Organisation organisation = sender.directory().get(centerId, sender.id().apply(request), sender.field());
    if (sender.kind() != null && organisation.getKind() != sender.kind()) {
      throw ApiProblem.badRequest(sender.field() + "には" + sender.kind().label() + "を選んでください（「"
          + organisation.getName() + "」は" + organisation.getKind().label() + "として登録されています）。");
    }
    return organisation;
  }
}
