package jp.kikan.secondary;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** 役割分担: "agency：task", one per line of the minutes form. */
public record RoleAssignment(String agency, String task) {

  static final int MAX_AGENCY = 200;
  static final int MAX_TASK = 1000;

  /** Every non-blank line must read 機関名：役割 (full- or half-width colon); the message names the bad line. */
  static List<RoleAssignment> parse(String text) {
    List<RoleAssignment> assignments = new ArrayList<>();
    if (text == null) {
      return assignments;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = firstColon(line);
      String agency = colon < 0 ? "" : line.substring(0, colon).strip();
      String task = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (agency.isEmpty() || task.isEmpty()) {
        throw new BadUserRequestException("役割分担の" + (i + 1) + "行目「" + line
            + "」を「機関名：役割」の形で入力してください（例：相談支援事業所あやせ：週1回の訪問）。");
      }
      if (agency.length() > MAX_AGENCY || task.length() > MAX_TASK) {
        throw new BadUserRequestException("役割分担の" + (i + 1) + "行目が長すぎます（機関名200文字、役割1000文字まで）。");
      }
      assignments.add(new RoleAssignment(agency, task));
    }
    return assignments;
  }

  private static int firstColon(String line) {
    int full = line.indexOf('：');
    int half = line.indexOf(':');
    return full < 0 ? half : half < 0 ? full : Math.min(full, half);
  }
}
