package jp.kikan.center;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The staff groups and what each may do, created at start-up. Idempotent: a grant that exists is left alone and a
 * restart changes nothing; a permission added here in a new release is added to the existing grant.
 *
 * <p>Which center's data someone sees is not decided here but by tenant membership: with authorization on, the
 * engine shows a user only the instances, tasks and history of their own centers (and the shared definitions).
 * Tasks reach a caseworker through their candidate group, for which the engine grants task permissions itself.
 */
@Component
public class StaffAuthorizations {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  record Grant(StaffGroup group, Resource resource, String resourceId, List<Permission> permissions) {}

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public StaffAuthorizations(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  public void ensure() {
    for (StaffGroup group : StaffGroup.values()) {
      ensureGroup(group);
    }
    for (Grant grant : grants()) {
      ensure(grant);
    }
  }

  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (StaffGroup group : List.of(StaffGroup.CASEWORKER, StaffGroup.CHIEF, StaffGroup.MANAGER,
        StaffGroup.MUNICIPAL_STAFF)) {
      grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, List.of(Permissions.ACCESS)));
      grants.add(new Grant(group, Resources.FILTER, ANY, List.of(Permissions.READ)));
      grants.add(new Grant(group, Resources.USER, ANY, List.of(Permissions.READ)));
      grants.add(new Grant(group, Resources.GROUP, ANY, List.of(Permissions.READ)));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, group == StaffGroup.MANAGER
          ? List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
              ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.RETRY_JOB)
          : List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY)));
      grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, group == StaffGroup.MANAGER
          ? List.of(ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ,
              ProcessInstancePermissions.RETRY_JOB)
          : List.of(ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ)));
    }
    grants.add(new Grant(StaffGroup.MANAGER, Resources.APPLICATION, COCKPIT, List.of(Permissions.ACCESS)));
    grants.add(new Grant(StaffGroup.MANAGER, Resources.TASK, ANY,
        List.of(TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN)));
    grants.add(new Grant(StaffGroup.MANAGER, Resources.DEPLOYMENT, ANY, List.of(Permissions.READ)));
    grants.add(new Grant(StaffGroup.MANAGER, Resources.DECISION_DEFINITION, ANY,
        List.of(Permissions.READ, Permissions.READ_HISTORY)));
    grants.add(new Grant(StaffGroup.MANAGER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        List.of(Permissions.READ)));

    // Analysts model and deploy; they belong to no center, so no case data is visible to them.
    grants.add(new Grant(StaffGroup.ANALYST, Resources.APPLICATION, COCKPIT, List.of(Permissions.ACCESS)));
    grants.add(new Grant(StaffGroup.ANALYST, Resources.DEPLOYMENT, ANY, List.of(Permissions.CREATE, Permissions.READ)));
    grants.add(new Grant(StaffGroup.ANALYST, Resources.PROCESS_DEFINITION, ANY, List.of(Permissions.READ)));
    grants.add(new Grant(StaffGroup.ANALYST, Resources.DECISION_DEFINITION, ANY, List.of(Permissions.READ)));
    grants.add(new Grant(StaffGroup.ANALYST, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
        List.of(Permissions.READ)));

    // The engine treats camunda-admin as administrators; explicit grants as Camunda's own admin set-up makes them.
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(StaffGroup.ADMIN, resource, ANY, List.of(Permissions.ALL)));
    }
    return grants;
  }

  private void ensureGroup(StaffGroup staffGroup) {
    Group group = identityService.createGroupQuery().groupId(staffGroup.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(staffGroup.id());
      group.setName(staffGroup.label());
      group.setType(staffGroup == StaffGroup.ADMIN || staffGroup == StaffGroup.MONITORING
          ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void ensure(Grant grant) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.group().id())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .authorizationType(AUTH_TYPE_GRANT)
        .singleResult();
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.group().id());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      changed = true;
    }
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
