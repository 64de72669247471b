package jp.kikan.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every kind the audit trail knows: the shared ones of {@link CaseKind} and those the process packages declare as
 * beans ({@link CaseKind}, {@link ProcessKind}). Two kinds of one name stop start-up: the name is what the table
 * stores.
 */
@Component
public class CaseKinds {

  private final Map<String, CaseKind> byName = new LinkedHashMap<>();
  private final Map<String, ProcessKind> byProcess = new LinkedHashMap<>();
  /** The kinds of endpoints, those of a path's ending before those of a whole segment. */
  private final List<CaseKind> ofApi;

  public CaseKinds(List<CaseKind> declared, List<ProcessKind> processes) {
    Stream.of(CaseKind.PERSON, CaseKind.STATISTICS, CaseKind.ORGANISATION, CaseKind.AUDIT, CaseKind.MODEL_DEPLOYMENT,
        CaseKind.OTHER).forEach(this::add);
    processes.forEach(process -> {
      if (byProcess.putIfAbsent(process.processKey(), process) != null) {
        throw new IllegalStateException("two audit kinds for the process " + process.processKey());
      }
      process.kinds().forEach(this::add);
    });
    declared.forEach(this::add);
    ofApi = byName.values().stream().filter(kind -> kind.api() != null)
        .sorted(Comparator.comparing(kind -> kind.api().ending() == null)).toList();
  }

  private void add(CaseKind kind) {
    CaseKind known = byName.putIfAbsent(kind.name(), kind);
    if (known != null && !known.equals(kind)) {
      throw new IllegalStateException("two audit kinds named " + kind.name() + ": " + known + ", " + kind);
    }
  }

  /** The kind stored as {@code name}; a name no longer declared is its own label. */
  public CaseKind named(String name) {
    CaseKind kind = byName.get(name);
    return kind != null ? kind : CaseKind.of(name, name);
  }

  /** The kind of an {@code /api} endpoint, from its path pattern (e.g. {@code /api/abuse-cases/{caseNumber}}). */
  public CaseKind ofApiPattern(String pattern) {
    String[] segments = pattern.split("/");
    if (segments.length < 3) {
      return CaseKind.OTHER;
    }
    return ofApi.stream().filter(kind -> kind.api().matches(pattern, segments[2])).findFirst()
        .orElse(CaseKind.OTHER);
  }

  /** The kind of a case whose process is {@code processKey}, its instance's variables read by {@code variables}. */
  public CaseKind ofProcess(String processKey, Function<String, Object> variables) {
    ProcessKind process = byProcess.get(processKey);
    return process == null ? CaseKind.OTHER : process.of(variables);
  }

}
