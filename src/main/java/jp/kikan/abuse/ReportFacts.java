package jp.kikan.abuse;

import java.time.Instant;
import java.util.Set;

/** What a report says, however it arrived (API or the Tasklist 受付記録票); the reporter's identity is apart. */
public record ReportFacts(Instant receivedAt, IntakeChannel channel, ReporterType reporterType,
    AbuserCategory abuserCategory, String facilityName, Set<AbuseType> suspectedTypes, String description,
    DangerSigns dangerSigns) {}
