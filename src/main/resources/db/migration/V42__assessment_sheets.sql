-- A unit's scoring sheet in a campaign. Campaigns and units belong to other modules: kept as ids.
create table assessment_sheet (
    id            bigint generated always as identity primary key,
    campaign_id   bigint      not null,
    unit_id       bigint      not null,
    status        varchar(16) not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPRAISED')),
    submitted_at  timestamp with time zone,
    submitted_by  varchar(64),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    unique (campaign_id, unit_id)
);

-- What the unit entered for one leaf: the input its rule needs, and the points the rule gave.
create table assessment_entry (
    sheet_id               bigint        not null references assessment_sheet (id) on delete cascade,
    leaf_code              varchar(32)   not null,
    input_number           numeric(18, 4),
    input_yes              boolean,
    input_level            varchar(200),
    input_numerator        numeric(18, 4),
    input_denominator      numeric(18, 4),
    self_points            numeric(9, 2),
    not_applicable         boolean       not null default false,
    not_applicable_reason  text,
    explanation            text,
    appraised_points       numeric(9, 2),
    updated_at             timestamp with time zone not null,
    updated_by             varchar(64)   not null,
    primary key (sheet_id, leaf_code),
    check (not not_applicable or not_applicable_reason is not null)
);

-- Every change of input, points, claim, evidence and status: who, when, old → new, why.
create table assessment_event (
    id           bigint generated always as identity primary key,
    sheet_id     bigint       not null references assessment_sheet (id) on delete cascade,
    leaf_code    varchar(32),
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(32)  not null,
    old_value    text,
    new_value    text,
    reason       text
);

create index assessment_event_sheet on assessment_event (sheet_id, occurred_at desc, id desc);
