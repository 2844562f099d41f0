create table framework_framework (
    id              bigint generated always as identity primary key,
    version         integer       not null default 0,
    name            varchar(300)  not null,
    year            integer       not null check (year between 2000 and 2200),
    target_group    varchar(32)   not null,
    status          varchar(16)   not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'FROZEN')),
    bonus_cap       numeric(9, 2) not null default 0 check (bonus_cap >= 0),
    penalty_cap     numeric(9, 2) not null default 0 check (penalty_cap >= 0),
    copied_from_id  bigint references framework_framework (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

-- The tree, one row per node in the order a person reads it. A parent's maximum is derived.
create table framework_node (
    framework_id      bigint        not null references framework_framework (id) on delete cascade,
    position          integer       not null,
    code              varchar(32)   not null,
    parent_code       varchar(32),
    name              varchar(1000) not null,
    guidance          text,
    max_points        numeric(9, 2) check (max_points > 0),
    source            varchar(16)   not null check (source in ('SELF', 'SURVEY', 'STATISTIC', 'BONUS', 'PENALTY')),
    rule              varchar(16)   not null
        check (rule in ('MANUAL', 'YES_NO', 'LEVELS', 'RATIO_TIERS', 'DEDUCTION', 'SURVEY_SCALE')),
    rule_params       varchar(2000),
    part              varchar(100),
    applies_to        varchar(500),
    evidence_required boolean       not null,
    primary key (framework_id, position),
    unique (framework_id, code)
);

-- Who did what to a framework, and why.
create table framework_event (
    id            bigint generated always as identity primary key,
    framework_id  bigint       not null references framework_framework (id) on delete cascade,
    occurred_at   timestamp with time zone not null,
    actor         varchar(64)  not null,
    action        varchar(32)  not null,
    detail        text
);

create index framework_event_framework on framework_event (framework_id, occurred_at desc);
