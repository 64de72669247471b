package jp.kikan.abuse;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReporterIdentityRepository extends JpaRepository<ReporterIdentity, UUID> {}
