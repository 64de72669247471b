package jp.kikan.boundary;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A process's variables name its records (a case, a report, a consultation) by id, but the record a task or a start
 * delegate loads must belong to that process instance and its center whatever the variables say: a variable that was
 * changed from outside must never reach another case's file. Refused as the caller's mistake (HTTP 400), never stored.
 */
public final class RecordOwnership {

  private RecordOwnership() {}

  /** For a task: the record it names is that of its own case. */
  public static void requireOwnCase(boolean ownCase) {
    if (!ownCase) {
      throw new BadUserRequestException("このタスクの案件ではない記録が指定されています。タスクのフォームから入力し直してください。");
    }
  }

  /** For a start: a record handed to a new process instance is one just received for it, not an existing case's. */
  public static void requireNewRecord(boolean newRecord) {
    if (!newRecord) {
      throw new BadUserRequestException("登録済みの別の記録を指定して開始することはできません。開始フォームから入力してください。");
    }
  }
}
