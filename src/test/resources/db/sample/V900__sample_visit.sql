-- The sample process of the casework kit (jp.example.visit, SampleProcessTest): its case and its running record.
create table sample_visit (
    id                  uuid         primary key,
    center_id           varchar(64)  not null references center (id),
    visit_number        varchar(40)  not null unique,
    process_instance_id varchar(64),
    received_on         date         not null,
    subject             varchar(200) not null,
    recorded_by         varchar(64),
    recorded_at         timestamp with time zone not null
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
