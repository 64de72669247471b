-- Case numbers of every series (abuse reports, consultations, …) in one counter table.
create table case_number_sequence (
    series       varchar(40) not null,
    center_id    varchar(64) not null references center (id),
    fiscal_year  integer     not null,
    last_value   integer     not null,
    primary key (series, center_id, fiscal_year)
);
insert into case_number_sequence (series, center_id, fiscal_year, last_value)
    select 'abuse-report', center_id, fiscal_year, last_value from report_sequence;
drop table report_sequence;
