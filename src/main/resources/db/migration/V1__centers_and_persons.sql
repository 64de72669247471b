-- Domain schema of kikan-flow. Camunda creates and owns its ACT_* tables; these are ours.
-- Portable SQL only: the same script runs on PostgreSQL and on the embedded H2.

-- A 基幹相談支援センター; its id is the Camunda tenant id of its cases.
create table center (
    id            varchar(64)  primary key,
    name          varchar(200) not null,
    municipality  varchar(100) not null,
    prefecture    varchar(20)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

-- A person the center supports (本人). Special-care personal information (要配慮個人情報): read only through the
-- API, which checks the caller's center.
create table person (
    id                uuid         primary key,
    center_id         varchar(64)  not null references center (id),
    family_name       varchar(100) not null,
    given_name        varchar(100),
    family_name_kana  varchar(100) not null,
    given_name_kana   varchar(100),
    -- ふりがな normalised (hiragana, no spaces) for matching a new report to a known person
    kana_key          varchar(200) not null,
    birth_date        date,
    estimated_age     integer,
    sex               varchar(16)  not null,
    address           varchar(300),
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    version           bigint       not null,
    constraint person_birth_or_age check (birth_date is not null or estimated_age is not null),
    constraint person_estimated_age check (estimated_age is null or estimated_age between 0 and 130)
);

create index person_match on person (center_id, kana_key, birth_date);

create table person_disability (
    person_id   uuid        not null references person (id) on delete cascade,
    disability  varchar(32) not null,
    primary key (person_id, disability)
);
