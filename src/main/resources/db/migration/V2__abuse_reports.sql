-- 虐待通報対応 (障害者虐待防止法): reports, cases, the case log, notifications. Every row carries its center.

-- Report numbers {center}-{fiscal year}-{seq}: one counter per center and fiscal year (April-March).
create table report_sequence (
    center_id    varchar(64) not null references center (id),
    fiscal_year  integer     not null,
    last_value   integer     not null,
    primary key (center_id, fiscal_year)
);

-- One abuse case per person and episode; opened by its first report, closed with a recorded reason.
create table abuse_case (
    id                     uuid         primary key,
    center_id              varchar(64)  not null references center (id),
    case_number            varchar(40)  not null,
    person_id              uuid         not null references person (id),
    abuser_category        varchar(20)  not null,
    facility_name          varchar(200),
    status                 varchar(20)  not null,
    received_at            timestamp with time zone not null,
    urgency                varchar(10),
    safety_due             timestamp with time zone,
    caseworker_id          varchar(64),
    fact_finding_method    varchar(20),
    fact_finding_at        timestamp with time zone,
    safety_confirmed       boolean      not null,
    on_site_inspection     boolean      not null,
    police_assistance      boolean      not null,
    prefecture_reported_at timestamp with time zone,
    finding                varchar(20),
    finding_at             timestamp with time zone,
    undetermined_count     integer      not null,
    physical_restraint     boolean      not null,
    severity               varchar(10),
    separation             varchar(30),
    guardianship_petition  boolean      not null,
    visiting_restriction   boolean      not null,
    closed_at              timestamp with time zone,
    closure_reason         varchar(30),
    process_instance_id    varchar(64),
    created_at             timestamp with time zone not null,
    version                bigint       not null
);
create unique index abuse_case_number on abuse_case (center_id, case_number);
create index abuse_case_person on abuse_case (center_id, person_id, status);
create index abuse_case_received on abuse_case (center_id, received_at);

create table abuse_case_confirmed_type (
    case_id     uuid        not null references abuse_case (id) on delete cascade,
    abuse_type  varchar(20) not null,
    primary key (case_id, abuse_type)
);

-- A report (相談・通報・届出). The reporter's identity is NOT here (第8条): see abuse_reporter_identity.
create table abuse_report (
    id                      uuid          primary key,
    center_id               varchar(64)   not null references center (id),
    report_number           varchar(40)   not null,
    fiscal_year             integer       not null,
    received_at             timestamp with time zone not null,
    channel                 varchar(20)   not null,
    reporter_type           varchar(20)   not null,
    person_id               uuid          not null references person (id),
    abuser_category         varchar(20)   not null,
    facility_name           varchar(200),
    description             varchar(4000) not null,
    danger_to_life          boolean       not null,
    serious_injury          boolean       not null,
    basic_needs_unmet       boolean       not null,
    asks_for_protection     boolean       not null,
    minor_injury            boolean       not null,
    repeated_or_escalating  boolean       not null,
    cut_off_from_support    boolean       not null,
    intake_outcome          varchar(20)   not null,
    case_id                 uuid          references abuse_case (id),
    process_instance_id     varchar(64),
    idempotency_key         varchar(200),
    request_hash            varchar(64),
    created_by              varchar(64)   not null,
    created_at              timestamp with time zone not null
);
create unique index abuse_report_number on abuse_report (center_id, report_number);
create unique index abuse_report_idempotency on abuse_report (center_id, idempotency_key);
create index abuse_report_year on abuse_report (center_id, fiscal_year);

create table abuse_report_suspected_type (
    report_id   uuid        not null references abuse_report (id) on delete cascade,
    abuse_type  varchar(20) not null,
    primary key (report_id, abuse_type)
);

-- Who reported (障害者虐待防止法 第8条: never disclosed). Readable by managers only; never in process variables.
create table abuse_reporter_identity (
    report_id  uuid         primary key references abuse_report (id) on delete cascade,
    center_id  varchar(64)  not null references center (id),
    anonymous  boolean      not null,
    name       varchar(200),
    contact    varchar(200)
);

-- The running case log (虐待対応経過記録): meetings, visits, decisions, reviews, each with what was recorded.
create table abuse_case_entry (
    id           uuid          primary key,
    case_id      uuid          references abuse_case (id),
    report_id    uuid          references abuse_report (id),
    center_id    varchar(64)   not null references center (id),
    kind         varchar(40)   not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64),
    content      varchar(8000) not null
);
create index abuse_case_entry_case on abuse_case_entry (case_id, recorded_at);

-- Notifications sent for a case: escalation to the manager, report/notice to the prefecture.
create table abuse_notification (
    id          uuid          primary key,
    case_id     uuid          not null references abuse_case (id),
    center_id   varchar(64)   not null references center (id),
    kind        varchar(40)   not null,
    recipient   varchar(200)  not null,
    subject     varchar(300)  not null,
    body        varchar(8000) not null,
    created_at  timestamp with time zone not null
);
create index abuse_notification_case on abuse_notification (case_id);
