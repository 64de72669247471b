package jp.kikan.boundary;

import java.util.List;

/** Who asks: a signed-in user with their groups and centers (tenants), as the engine checks them. */
record ReadCaller(String userId, List<String> groupIds, List<String> tenantIds) {

  static final String ADMIN_GROUP = "camunda-admin";

  ReadCaller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
  }

  boolean isAdmin() {
    return groupIds.contains(ADMIN_GROUP);
  }
}
