package jp.kikan.center;

import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Gives every process instance of a shared (tenant-less) definition the center it belongs to:
 * <ol>
 *   <li>a called sub-process belongs to its caller's center;</li>
 *   <li>a staff member's start belongs to the center they name in the variable {@value #CENTER_VARIABLE}, which
 *   must be theirs, or to their only center (see {@link Staff#chooseCenter});</li>
 *   <li>a start by the system itself (a job, start-up code) must name a configured center.</li>
 * </ol>
 * Otherwise the start fails with a message for the staff member; no instance without a center ever exists.
 */
public class CenterTenantIdProvider implements TenantIdProvider {

  public static final String CENTER_VARIABLE = "centerId";

  private final Supplier<Set<String>> knownCenters;

  public CenterTenantIdProvider(Supplier<Set<String>> knownCenters) {
    this.knownCenters = knownCenters;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution caller = ctx.getSuperExecution();
    if (caller != null && caller.getTenantId() != null) {
      return caller.getTenantId();
    }
    Object requested = ctx.getVariables() == null ? null : ctx.getVariables().get(CENTER_VARIABLE);
    String requestedCenter = requested == null ? null : requested.toString();
    Authentication authentication = currentAuthentication();
    try {
      if (authentication != null && authentication.getUserId() != null) {
        return StaffContext.toStaff(authentication).chooseCenter(requestedCenter);
      }
      if (requestedCenter != null && knownCenters.get().contains(requestedCenter)) {
        return requestedCenter;
      }
      throw new CenterChoiceException("案件のセンターが決まりません。開始時に変数 " + CENTER_VARIABLE
          + " で登録済みのセンターを指定してください（指定値: " + requestedCenter + "）。");
    } catch (CenterChoiceException e) {
      throw new BadUserRequestException(e.getMessage());
    }
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null; // no CMMN in kikan-flow
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  private static Authentication currentAuthentication() {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext == null ? null : commandContext.getAuthentication();
  }
}
