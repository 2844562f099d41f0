-- Paper questionnaires (phiếu giấy): per survey, the share of entered forms drawn at random
-- for a second, blind entry by another officer, which measures the entry errors.
create table survey_paper_setting (
    survey_id      bigint   not null primary key references survey_survey (id) on delete cascade,
    check_percent  smallint not null default 10 check (check_percent between 0 and 100)
);

-- A paper form drawn for a second entry, keyed by its serial number (a number printed on
-- the form, never a link to a person): who entered it first (the check must be another
-- officer's), then the second entry as typed, how many fields it compared and how many
-- differed, and when the differences were resolved against the paper form.
create table survey_paper_check (
    survey_id    bigint       not null references survey_survey (id) on delete cascade,
    serial       varchar(64)  not null,
    unit_id      bigint       not null,
    group_code   varchar(32)  not null,
    entered_by   varchar(64)  not null,
    drawn_at     timestamp with time zone not null,
    checked_by   varchar(64),
    checked_at   timestamp with time zone,
    answers      jsonb,
    fields       integer check (fields >= 0),
    mismatches   integer check (mismatches >= 0),
    resolved_by  varchar(64),
    resolved_at  timestamp with time zone,
    primary key (survey_id, serial)
);

create index survey_paper_check_awaiting on survey_paper_check (survey_id, drawn_at) where checked_at is null;
