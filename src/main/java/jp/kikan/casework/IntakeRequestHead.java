package jp.kikan.casework;

import java.time.OffsetDateTime;
import jp.kikan.person.PersonDetails;

/** What every request an {@link IntakeTemplate} takes in names: the center (for staff of several), when, and whom. */
public interface IntakeRequestHead {

  String centerId();

  OffsetDateTime receivedAt();

  PersonDetails person();
}
