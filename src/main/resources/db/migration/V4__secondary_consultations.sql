-- The organisations a center works with: support offices, hospitals, facilities, agencies.
create table organisation (
    id              uuid         primary key,
    center_id       varchar(64)  not null references center (id),
    name            varchar(200) not null,
    kind            varchar(30)  not null,
    contact_person  varchar(100),
    phone           varchar(40),
    active          boolean      not null,
    created_at      timestamp with time zone not null,
    constraint organisation_name_unique unique (center_id, name)
);
create index organisation_by_center_kind on organisation (center_id, kind);

-- 困難事例 二次相談: a support office's request for help with a case, supervised to its closure.
create table consultation (
    id                    uuid         primary key,
    center_id             varchar(64)  not null references center (id),
    consultation_number   varchar(40)  not null,
    fiscal_year           integer      not null,
    received_at           timestamp with time zone not null,
    office_id             uuid         not null references organisation (id),
    office_consultant     varchar(100),
    consent_obtained      boolean      not null,
    person_id             uuid         not null references person (id),
    candidate_person_id   uuid         references person (id),
    history               varchar(4000) not null,
    request_details       varchar(2000),
    urgency               varchar(10)  not null,
    status                varchar(20)  not null,
    chief_id              varchar(64),
    abuse_suspected       boolean      not null,
    abuse_report_id       uuid         references abuse_report (id),
    advice_given          boolean      not null,
    joint_visit           boolean      not null,
    case_conference       boolean      not null,
    closed_at             timestamp with time zone,
    closure_summary       varchar(4000),
    idempotency_key       varchar(200),
    request_hash          varchar(64)  not null,
    process_instance_id   varchar(64),
    created_by            varchar(64)  not null,
    created_at            timestamp with time zone not null,
    constraint consultation_number_unique unique (center_id, consultation_number),
    constraint consultation_idempotency_unique unique (center_id, idempotency_key)
);
create index consultation_by_person on consultation (center_id, person_id);

create table consultation_difficulty (
    consultation_id uuid        not null references consultation (id),
    difficulty      varchar(30) not null,
    primary key (consultation_id, difficulty)
);

create table consultation_requested_help (
    consultation_id uuid        not null references consultation (id),
    help            varchar(30) not null,
    primary key (consultation_id, help)
);

-- The running record of a consultation: triage, policy, advice, visits, follow-ups, reviews, closure.
create table consultation_entry (
    id               uuid         primary key,
    center_id        varchar(64)  not null references center (id),
    consultation_id  uuid         not null references consultation (id),
    kind             varchar(40)  not null,
    recorded_at      timestamp with time zone not null,
    recorded_by      varchar(64),
    content          varchar(20000) not null
);
create index consultation_entry_by_consultation on consultation_entry (consultation_id, recorded_at);

-- 個別事例連携会議: scheduled with its participants, then its minutes.
create table case_conference (
    id                 uuid         primary key,
    center_id          varchar(64)  not null references center (id),
    consultation_id    uuid         not null references consultation (id),
    scheduled_at       timestamp with time zone not null,
    place              varchar(200) not null,
    conclusion         varchar(4000),
    next_conference_on date,
    minutes_recorded_at timestamp with time zone,
    scheduled_by       varchar(64),
    minutes_by         varchar(64)
);
create index case_conference_by_consultation on case_conference (consultation_id);

create table case_conference_participant (
    conference_id    uuid not null references case_conference (id),
    organisation_id  uuid not null references organisation (id),
    primary key (conference_id, organisation_id)
);

-- 役割分担: each line of a conference's minutes, followed up on the case.
create table follow_up_item (
    id               uuid         primary key,
    center_id        varchar(64)  not null references center (id),
    consultation_id  uuid         not null references consultation (id),
    conference_id    uuid         not null references case_conference (id),
    agency           varchar(200) not null,
    task             varchar(1000) not null,
    status           varchar(20)  not null,
    created_at       timestamp with time zone not null
);
create index follow_up_item_by_consultation on follow_up_item (consultation_id);

-- 地域課題: what a case shows about the region, for the 協議会 (anonymised summary only).
create table regional_issue (
    id                      uuid          primary key,
    center_id               varchar(64)   not null references center (id),
    consultation_id         uuid          not null references consultation (id),
    category                varchar(30)   not null,
    description             varchar(4000) not null,
    case_summary            varchar(2000) not null,
    recorded_on             date          not null,
    recorded_at             timestamp with time zone not null,
    reported_to_council_at  timestamp with time zone,
    reported_by             varchar(64)
);
create index regional_issue_by_center_date on regional_issue (center_id, recorded_on);

-- The abuse report a consultation started (虐待の疑い), linked back.
alter table abuse_report add column origin_consultation_id uuid;
