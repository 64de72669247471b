-- 地域移行支援・地域定着支援: a person's move from a hospital or facility to a life in the community.
create table transition_case (
    id                    uuid          primary key,
    center_id             varchar(64)   not null references center (id),
    transition_number     varchar(40)   not null,
    fiscal_year           integer       not null,
    received_at           timestamp with time zone not null,
    referrer_id           uuid          not null references organisation (id),
    referrer_person       varchar(100),
    admitted_on           date,
    intention             varchar(4000),
    person_id             uuid          not null references person (id),
    caseworker_id         varchar(64)   not null,
    phase                 varchar(20)   not null,
    wishes_to_move        boolean,
    housing_type          varchar(20),
    housing_place         varchar(300),
    discharged_on         date,
    closed_at             timestamp with time zone,
    closure_reason        varchar(30),
    idempotency_key       varchar(200),
    request_hash          varchar(64)   not null,
    process_instance_id   varchar(64),
    created_by            varchar(64)   not null,
    created_at            timestamp with time zone not null,
    constraint transition_number_unique unique (center_id, transition_number),
    constraint transition_idempotency_unique unique (center_id, idempotency_key)
);
create index transition_case_by_phase on transition_case (center_id, phase);

-- 支給決定: each period of 地域移行支援 or 地域定着支援, renewals included.
create table benefit_decision (
    id               uuid         primary key,
    center_id        varchar(64)  not null references center (id),
    transition_id    uuid         not null references transition_case (id),
    kind             varchar(20)  not null,
    decided_on       date         not null,
    period_start     date         not null,
    period_end       date         not null,
    renewal          boolean      not null,
    recorded_by      varchar(64),
    recorded_at      timestamp with time zone not null
);
create index benefit_decision_by_transition on benefit_decision (transition_id, period_start);

-- 対面支援: each face-to-face contact (面接, 同行) during 地域移行支援.
create table transition_contact (
    id               uuid         primary key,
    center_id        varchar(64)  not null references center (id),
    transition_id    uuid         not null references transition_case (id),
    contact_on       date         not null,
    kind             varchar(20)  not null,
    staff            varchar(100) not null,
    notes            varchar(2000),
    recorded_by      varchar(64),
    recorded_at      timestamp with time zone not null
);
create index transition_contact_by_transition on transition_contact (transition_id, contact_on);

-- 体験利用・体験宿泊: trial use of day services and trial overnight stays, with their days.
create table trial_stay (
    id               uuid         primary key,
    center_id        varchar(64)  not null references center (id),
    transition_id    uuid         not null references transition_case (id),
    decision_id      uuid         not null references benefit_decision (id),
    kind             varchar(30)  not null,
    first_day        date         not null,
    last_day         date         not null,
    days             integer      not null,
    place            varchar(300) not null,
    recorded_by      varchar(64),
    recorded_at      timestamp with time zone not null
);
create index trial_stay_by_decision on trial_stay (decision_id, kind);

-- 緊急時の連絡 (24-hour contact of 地域定着支援) and the response.
create table emergency_contact (
    id               uuid          primary key,
    center_id        varchar(64)   not null references center (id),
    transition_id    uuid          not null references transition_case (id),
    received_at      timestamp with time zone not null,
    caller           varchar(100),
    description      varchar(4000) not null,
    responded_at     timestamp with time zone,
    response         varchar(30),
    response_notes   varchar(4000),
    recorded_by      varchar(64),
    created_at       timestamp with time zone not null
);
create index emergency_contact_by_transition on emergency_contact (transition_id, received_at);

-- The running record of a transition case.
create table transition_entry (
    id               uuid           primary key,
    center_id        varchar(64)    not null references center (id),
    transition_id    uuid           not null references transition_case (id),
    kind             varchar(40)    not null,
    recorded_at      timestamp with time zone not null,
    recorded_by      varchar(64),
    content          varchar(20000) not null
);
create index transition_entry_by_transition on transition_entry (transition_id, recorded_at);
