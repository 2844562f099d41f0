-- A survey round of a campaign: an instrument asked of the evaluated units' respondents
-- between two days in Asia/Ho_Chi_Minh. The device key (for the "one device, many
-- responses" flag) lives only while the survey is open, then is erased.
create table survey_survey (
    id               bigint generated always as identity primary key,
    version          integer      not null default 0,
    campaign_id      bigint       not null,
    instrument_id    bigint       not null references survey_instrument (id),
    name             varchar(300) not null,
    opens_on         date         not null,
    closes_on        date         not null,
    margin           numeric(6,4) not null default 0.05 check (margin > 0 and margin < 1),
    speeding_share   numeric(6,4) not null default 0.3 check (speeding_share >= 0 and speeding_share <= 1),
    device_window_minutes integer not null default 60 check (device_window_minutes between 1 and 10080),
    device_key       bytea,
    created_at       timestamp with time zone not null default now(),
    check (opens_on <= closes_on)
);

create index survey_survey_by_campaign on survey_survey (campaign_id);
create index survey_survey_by_instrument on survey_survey (instrument_id);

-- The units evaluated by the survey.
create table survey_unit (
    survey_id  bigint not null references survey_survey (id) on delete cascade,
    unit_id    bigint not null,
    primary key (survey_id, unit_id)
);

-- Per unit and group, the population N the sample n = N / (1 + N·e²) is drawn from.
create table survey_population (
    survey_id   bigint      not null references survey_survey (id) on delete cascade,
    unit_id     bigint      not null,
    group_code  varchar(32) not null,
    population  integer     not null check (population >= 0),
    primary key (survey_id, unit_id, group_code)
);

-- A single-use token: only its SHA-256 digest is kept (the token is shown once). A named
-- respondent's token is "named": the answering page asks "I am answering this myself".
create table survey_token (
    id          bigint generated always as identity primary key,
    survey_id   bigint      not null references survey_survey (id) on delete cascade,
    unit_id     bigint      not null,
    group_code  varchar(32) not null,
    digest      bytea       not null unique,
    named       boolean     not null default false,
    batch       integer,
    state       varchar(12) not null default 'NEW' check (state in ('NEW', 'STARTED', 'SUBMITTED', 'REVOKED'))
);

create index survey_token_by_survey on survey_token (survey_id, unit_id, group_code);

-- A named respondent (leaders' surveys) and the token of her invitation; whether she has
-- answered is her token's state, never a link to what she answered.
create table survey_respondent (
    id           bigint generated always as identity primary key,
    survey_id    bigint       not null references survey_survey (id) on delete cascade,
    unit_id      bigint       not null,
    group_code   varchar(32)  not null,
    name         varchar(200) not null,
    position     varchar(200),
    email        varchar(320),
    phone        varchar(32),
    token_id     bigint unique references survey_token (id) on delete set null,
    invited_at   timestamp with time zone,
    reminded_at  timestamp with time zone
);

create index survey_respondent_by_survey on survey_respondent (survey_id, unit_id, group_code);

-- The answers a token holds while its respondent goes; deleted when it is submitted.
create table survey_draft (
    token_id    bigint not null primary key references survey_token (id) on delete cascade,
    answers     jsonb  not null default '{}',
    started_at  timestamp with time zone not null,
    saved_at    timestamp with time zone not null
);
