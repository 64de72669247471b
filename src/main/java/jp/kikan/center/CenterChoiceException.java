package jp.kikan.center;

/** A new case cannot be given a center: the staff member names none of theirs. The message is for staff. */
public class CenterChoiceException extends RuntimeException {

  public CenterChoiceException(String message) {
    super(message);
  }
}
