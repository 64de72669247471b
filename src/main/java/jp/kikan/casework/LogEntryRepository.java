package jp.kikan.casework;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The entries of a process's running record. */
@NoRepositoryBean
public interface LogEntryRepository<E extends LogEntry> extends JpaRepository<E, UUID> {

  List<E> findByCaseIdOrderByRecordedAt(UUID caseId);
}
