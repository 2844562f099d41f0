-- A submitted response, anonymous by construction: the evaluated unit, the group, the
-- answers, the day, the time taken and its quality flags — never the token, the
-- respondent, the time of day or the network address. Its id is random, not a sequence,
-- so that no order links it to anything. Paper forms carry their serial number.
create table survey_response (
    id                uuid        not null primary key,
    survey_id         bigint      not null references survey_survey (id) on delete cascade,
    unit_id           bigint      not null,
    group_code        varchar(32) not null,
    channel           varchar(8)  not null check (channel in ('WEB', 'PAPER')),
    serial            varchar(64),
    submitted_on      date        not null,
    duration_seconds  integer check (duration_seconds >= 0),
    flags             varchar(200) not null default '',
    answers           jsonb       not null
);

create index survey_response_by_unit on survey_response (survey_id, unit_id, group_code);
create unique index survey_response_serial on survey_response (survey_id, serial) where serial is not null;

-- Whether responses carrying a quality flag count, decided by the secretariat with a
-- reason; a flag without a decision counts.
create table survey_flag_decision (
    survey_id   bigint      not null references survey_survey (id) on delete cascade,
    flag        varchar(16) not null check (flag in ('SPEEDING', 'STRAIGHT_LINING', 'DEVICE', 'NOT_PERSONAL')),
    counts      boolean     not null,
    reason      text        not null,
    decided_by  varchar(64) not null,
    decided_at  timestamp with time zone not null,
    primary key (survey_id, flag)
);

-- Who changed what in the surveys (staff actions only: a respondent's answering is never
-- traced here), in the one shape of every audit trail.
create table survey_event (
    id              bigint generated always as identity primary key,
    subject_id      bigint       not null,
    scope_id        bigint,
    item            varchar(200),
    occurred_at     timestamp with time zone not null,
    actor           varchar(64)  not null,
    action          varchar(32)  not null,
    old_value       text,
    new_value       text,
    reason          text,
    remote_address  varchar(64)
);

create index survey_event_by_subject on survey_event (subject_id, occurred_at desc);
create index survey_event_by_action on survey_event (action, occurred_at desc);
