-- Indexes for what staff wait for at scale (docs/performance.md, section 3). Portable SQL (PostgreSQL and H2).

-- The case file (GET /api/abuse-cases/{caseNumber}) lists the reports of one case in order of receipt
-- (AbuseReportRepository.findByCaseIdOrderByReceivedAt). Without this index PostgreSQL reads every report of every
-- center for each case file.
create index abuse_report_case on abuse_report (case_id, received_at);
