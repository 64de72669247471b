-- Delivery state of a notification (abuse_notification): a row is written once, before the first attempt, and
-- marked sent right after the mail server accepted it, in its own transaction, so a retried job never sends it again.
-- sent_by: MAIL (accepted by the SMTP server) or RECORD (no SMTP configured: only recorded here).
alter table abuse_notification add column sent_at timestamp with time zone;
alter table abuse_notification add column sent_by varchar(10);
alter table abuse_notification add column attempts integer default 0 not null;
alter table abuse_notification add column last_attempt_at timestamp with time zone;
alter table abuse_notification add column last_error varchar(500);

-- Rows from before this version were recorded only, never mailed.
update abuse_notification set sent_at = created_at, sent_by = 'RECORD';

-- A retried job looks up what it wrote on its first attempt.
create index abuse_notification_case_kind on abuse_notification (case_id, kind);
