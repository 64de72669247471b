package jp.kikan.audit;

import jp.kikan.platform.ParseListeners;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records every completed user task of every process (Tasklist, the engine REST API, tests alike) as a change of its
 * case: the case is the process's business key (its case number), of the kind its process declared
 * ({@link ProcessKind}), the center is the task's tenant, the user the logged-in staff member (else the assignee). A
 * built-in listener added to each user task at parse time, so no model has to name it; it runs in the completion's
 * own transaction, so the line exists exactly when the completion was saved.
 */
@Configuration(proxyBeanMethods = false)
class TaskCompletionAudit {

  @Bean
  ProcessEnginePlugin auditTaskCompletions(ObjectProvider<AuditTrail> trail, ObjectProvider<CaseKinds> kinds) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
              userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                  new Recorder(trail, kinds));
            }
          }
        });
      }
    };
  }

  /** The built-in complete listener of every user task. */
  static final class Recorder implements TaskListener {

    private final ObjectProvider<AuditTrail> trail;
    private final ObjectProvider<CaseKinds> kinds;

    Recorder(ObjectProvider<AuditTrail> trail, ObjectProvider<CaseKinds> kinds) {
      this.trail = trail;
      this.kinds = kinds;
    }

    @Override
    public void notify(DelegateTask task) {
      ExecutionEntity execution = (ExecutionEntity) task.getExecution();
      String processKey = execution == null ? "" : execution.getProcessDefinition().getKey();
      var authentication = Context.getCommandContext() == null ? null
          : Context.getCommandContext().getAuthentication();
      String userId = authentication != null ? authentication.getUserId() : task.getAssignee();
      CaseKind kind = kinds.getObject().ofProcess(processKey, task::getVariable);
      String caseRef = execution == null ? null : execution.getProcessBusinessKey();
      String what = "タスク完了 " + task.getTaskDefinitionKey()
          + (task.getName() == null ? "" : "（" + task.getName() + "）") + " " + processKey;
      trail.getObject().recordChange(new AuditTrail.Line(userId, task.getTenantId(), kind, caseRef,
          AuditAction.UPDATE, what, null));
    }
  }
}
