package jp.kikan.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.center.Staff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The center(s) an {@code /api} audit entry belongs to, so that the right manager sees it. Nearly every staff member
 * has one center: that is the center (a read that succeeded was of their center's case, a refused one is their
 * attempt). For a member of several centers the case is looked up among their centers; when it is not found (or the
 * request names no case) the entry is written once for each of their centers. Staff of no center: no center.
 */
@Component
class CaseCenters {

  private static final Logger log = LoggerFactory.getLogger(CaseCenters.class);

  private final NamedParameterJdbcTemplate jdbc;

  CaseCenters(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<String> of(Staff staff, CaseKind kind, String caseRef) {
    List<String> centers = staff.centerIds();
    if (centers.isEmpty()) {
      return Collections.singletonList(null);
    }
    if (centers.size() == 1 || caseRef == null) {
      return centers;
    }
    return lookUp(kind, caseRef, centers).map(List::of).orElse(centers);
  }

  private Optional<String> lookUp(CaseKind kind, String caseRef, List<String> centers) {
    CaseKind.Lookup lookup = kind.lookup();
    if (lookup == null) {
      return Optional.empty();
    }
    Object key = caseRef;
    if (lookup.uuid()) {
      try {
        key = UUID.fromString(caseRef);
      } catch (IllegalArgumentException notAnId) {
        return Optional.empty();
      }
    }
    try {
      return jdbc.queryForList("select center_id from " + lookup.table() + " where " + lookup.column()
          + " = :key and center_id in (:centers)", Map.of("key", key, "centers", centers), String.class)
          .stream().findFirst();
    } catch (RuntimeException e) {
      log.warn("center of {} {} not found for the audit trail: {}", kind, caseRef, e.toString());
      return Optional.empty();
    }
  }
}
