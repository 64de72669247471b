-- The sample process of the casework kit (jp.example.visit, SampleProcessTest): its case and its running record.
-- The case has the columns of the kit's CaseHead (NumberedCase, CenterEntity) and its subject.
create table sample_visit (
    id                  uuid         primary key,
    center_id           varchar(64)  not null references center (id),
    visit_number        varchar(40)  not null,
    fiscal_year         integer      not null,
    received_at         timestamp with time zone not null,
    person_id           uuid         not null references person (id),
    subject             varchar(200) not null,
    process_instance_id varchar(64),
    idempotency_key     varchar(200),
    request_hash        varchar(64)  not null,
    created_by          varchar(64)  not null,
    created_at          timestamp with time zone not null,
    constraint sample_visit_number_unique unique (center_id, visit_number),
    constraint sample_visit_idempotency_unique unique (center_id, idempotency_key)
);

create table sample_visit_entry (
    id           uuid         primary key,
    center_id    varchar(64)  not null references center (id),
    visit_id     uuid         not null references sample_visit (id),
    kind         varchar(40)  not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64),
    content      varchar(20000) not null
);
create index sample_visit_entry_by_visit on sample_visit_entry (visit_id, recorded_at);
