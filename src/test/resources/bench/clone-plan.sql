-- The plan of the bulk generator (jp.kikan.bench.BulkHistory): one row per case to make, computed set-based.
-- Parameters (replaced by BulkHistory): :historic, :open, :centers (text[] of center ids), :years (fiscal years of
-- historic cases), :template_received (timestamptz of the templates' receipt), :open_span (interval over which the
-- open cases of the current fiscal year were received).
--
-- Historic case g (1..:historic) belongs to center (g-1) % n; the k-th case of a center (k = (g-1) / n) falls in
-- fiscal year first_year + k / per_year, spread evenly over that year (received at 09:00 JST plus a step).
-- Open case g (:historic+1 ..) is received in the current fiscal year (from April 1st, over :open_span).
-- Who works on it: 'cw-<center>-<n>' (12 per center; kato for about every 7th open case of ayase, at most 40);
-- an open case's task is unassigned (a group task) for every 8th case.
create table bench_clone (
    g          integer primary key,
    template   char(1)     not null,   -- C: the closed template, O: the open template
    center     varchar(64) not null,
    k          integer     not null,   -- the case's index within its center (historic and open counted apart)
    fy         integer     not null,
    seq        integer     not null,
    number     varchar(40) not null,
    received   timestamptz not null,
    shift      interval    not null,   -- received - the template's receipt: added to every timestamp
    worker     varchar(64) not null,   -- replaces the template's caseworker (kato) everywhere
    assignee   varchar(64),            -- the open task's assignee; null = unassigned (group task)
    category   varchar(20) not null,
    finding    varchar(20),
    reporter   varchar(20) not null,
    sex        varchar(16) not null,
    birth_date date        not null
);

insert into bench_clone
select g, tpl, center, k, fy, seq,
       center || '-' || fy || '-' || lpad(seq::text, greatest(4, length(seq::text)), '0'),  -- as %04d: 10000 stays 10000
       received, received - :template_received,
       worker,
       case when tpl = 'O' and k % 8 = 0 then null when tpl = 'O' then worker end,
       (array['CAREGIVER','CAREGIVER','CAREGIVER','CAREGIVER','CAREGIVER','CAREGIVER',
              'FACILITY_STAFF','FACILITY_STAFF','EMPLOYER','UNKNOWN'])[k % 10 + 1],
       case when tpl = 'O' then null
            when k % 20 < 8 then 'CONFIRMED' when k % 20 < 17 then 'NOT_CONFIRMED' else 'UNDETERMINED' end,
       (array['SELF','FAMILY','NEIGHBOUR','SERVICE_STAFF','CONSULTANT','MEDICAL','POLICE','SCHOOL','OTHER',
              'UNKNOWN'])[k % 10 + 1],
       case when k % 2 = 0 then 'FEMALE' else 'MALE' end,
       date '1940-01-01' + (k * 37 % 25000)
  from (select g, tpl, center, k, fy, seq, received,
               case when center = 'ayase' and tpl = 'O' and k % 7 = 1 and k < 280 then 'kato'
                    else 'cw-' || center || '-' || (k % 12 + 1) end as worker
          from (select g, 'C' as tpl, (:centers)[(g - 1) % cardinality(:centers) + 1] as center,
                       (g - 1) / cardinality(:centers) as k
                  from generate_series(1, :historic) g
                union all
                select g, 'O', (:centers)[(g - 1) % cardinality(:centers) + 1],
                       (g - :historic - 1) / cardinality(:centers)
                  from generate_series(:historic + 1, :historic + :open) g) base
          cross join lateral (
            select per_year,
                   case when tpl = 'C' then (:years)[1] + k / per_year else :current_year end as fy,
                   case when tpl = 'C' then k % per_year + 1 else k + 3 end as seq
              from (select greatest(1, :historic / cardinality(:centers) / cardinality(:years)) as per_year) p) y
          cross join lateral (
            select case when tpl = 'C'
                        then make_timestamptz(fy, 4, 1, 9, 0, 0, 'Asia/Tokyo')
                             + (seq - 1) * (interval '364 days' / per_year)
                        else make_timestamptz(:current_year, 4, 1, 9, 0, 0, 'Asia/Tokyo')
                             + k * (:open_span / greatest(1, :open / cardinality(:centers))) end as received) r) x;
