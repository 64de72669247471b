-- The survey figures (jp.kikan.statistics.AbuseStatisticsQuery) count a center's cases of one fiscal year, and for
-- the cases carried over every earlier case of the center. With 10,000 cases a year per center the rows themselves
-- lie spread over the whole table (other centers' cases in between), so reading them took about half a second at
-- the benchmark's full scale (docs/performance.md, section 3). These indexes hold every column the survey reads, so
-- PostgreSQL answers from the index alone (an index-only scan) for all rows autovacuum has marked all-visible, which
-- is every case not changed since.
drop index abuse_case_received;
create index abuse_case_received on abuse_case (center_id, received_at, closed_at, abuser_category, finding,
    finding_at, on_site_inspection, fact_finding_at, prefecture_reported_at, severity, separation,
    physical_restraint, guardianship_petition, person_id, id);

drop index abuse_report_year;
create index abuse_report_year on abuse_report (center_id, fiscal_year, intake_outcome, abuser_category,
    reporter_type);

-- the confirmed cases' persons: sex and age
create index person_survey on person (id, sex, birth_date, estimated_age);
