-- Statistics feeds (issue 13): the module's audit trail and the staged imports.

-- The statistics module's audit trail, of the one shape every module's trail has (see the
-- audit module), with the statistics' own references beside it, each nullable so that any
-- part of the module can use it: the campaign, unit and indicator a line is about.
create table statistic_event (
    id             bigint generated always as identity primary key,
    subject_id     bigint,
    scope_id       bigint,
    item           varchar(200),
    occurred_at    timestamp with time zone not null,
    actor          varchar(100) not null,
    action         varchar(32)  not null,
    old_value      text,
    new_value      text,
    reason         text,
    remote_address varchar(64),
    campaign_id    bigint,
    unit_id        bigint,
    indicator_id   bigint
);
create index statistic_event_by_subject on statistic_event (subject_id, occurred_at desc);
create index statistic_event_by_action on statistic_event (action, occurred_at desc);
create index statistic_event_by_unit on statistic_event (unit_id, indicator_id, occurred_at desc);
create index statistic_event_by_indicator on statistic_event (indicator_id, occurred_at desc);

-- A workbook or CSV uploaded on the import page, read and checked, waiting to be applied
-- as its preview showed. Applying it once turns it APPLIED; a second apply finds it so.
create table statistic_import (
    id             bigint generated always as identity primary key,
    file_name      varchar(255) not null,
    default_source varchar(100) not null,
    staged_by      varchar(100) not null,
    staged_at      timestamp with time zone not null default now(),
    row_count      integer      not null,
    status         varchar(8)   not null default 'STAGED' check (status in ('STAGED', 'APPLIED')),
    applied_by     varchar(100),
    applied_at     timestamp with time zone,
    accepted       integer,
    replaced       integer,
    unchanged      integer
);

-- The rows of a staged import, checked; seen_id is the current observation of the same
-- unit, indicator, period and source when the preview was made (null: there was none), so
-- that applying can tell whether anything changed since.
create table statistic_import_row (
    import_id    bigint        not null references statistic_import (id) on delete cascade,
    row_number   integer       not null,
    unit_id      bigint        not null,
    indicator_id bigint        not null,
    period       varchar(7)    not null,
    source       varchar(100)  not null,
    numerator    numeric(20,4),
    denominator  numeric(20,4),
    value        numeric(20,4),
    note         varchar(2000),
    seen_id      bigint,
    primary key (import_id, row_number)
);
