package jp.kikan.center;

import java.util.List;

/**
 * The staff member a request or engine command runs as: user id, Camunda groups and the centers (tenants) they
 * belong to. Built from the engine's current authentication, so the API and the engine agree on who it is.
 */
public record Staff(String userId, List<String> groupIds, List<String> centerIds) {

  public Staff {
    groupIds = List.copyOf(groupIds);
    centerIds = List.copyOf(centerIds);
  }

  public boolean isIn(StaffGroup group) {
    return groupIds.contains(group.id());
  }

  public boolean worksOnCases() {
    return groupIds.stream().flatMap(g -> StaffGroup.byId(g).stream()).anyMatch(StaffGroup::worksOnCases);
  }

  public boolean belongsTo(String centerId) {
    return centerIds.contains(centerId);
  }

  /**
   * The center a new case of this staff member belongs to: the one they name, which must be theirs, or their only
   * center. A member of several centers must name one.
   */
  public String chooseCenter(String requested) {
    if (requested != null && !requested.isBlank()) {
      if (!belongsTo(requested)) {
        throw new CenterChoiceException("センター「" + requested + "」に所属していないため、このセンターの案件は登録できません。");
      }
      return requested;
    }
    if (centerIds.size() == 1) {
      return centerIds.get(0);
    }
    if (centerIds.isEmpty()) {
      throw new CenterChoiceException("どのセンターにも所属していないため、案件を登録できません。管理者にセンターへの所属を依頼してください。");
    }
    throw new CenterChoiceException("複数のセンター（" + String.join("、", centerIds)
        + "）に所属しています。どのセンターの案件か centerId で指定してください。");
  }
}
