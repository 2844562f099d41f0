-- The council's adjustment of a STATISTIC leaf's points when the source was wrong: the
-- current one per campaign, unit and leaf, kept apart from the computed outcomes (which the
-- job rewrites whenever observations move), with a required reason. version counts the
-- changes of the row (optimistic locking for clients that send the version they saw).
-- Withdrawing deletes the row; every adjustment and withdrawal is in statistic_leaf_event.
create table statistic_leaf_adjustment (
    campaign_id  bigint         not null references campaign_campaign (id) on delete cascade,
    unit_id      bigint         not null references units_unit (id),
    leaf_code    varchar(32)    not null,
    points       numeric(12,4)  not null check (points >= 0),
    reason       varchar(2000)  not null check (length(btrim(reason)) > 0),
    adjusted_by  varchar(100)   not null,
    adjusted_at  timestamptz    not null default now(),
    version      integer        not null default 1,
    primary key (campaign_id, unit_id, leaf_code)
);

-- The audit trail of adjustments (subject: the campaign; item: unit code and leaf code).
create table statistic_leaf_event (
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

create index statistic_leaf_event_by_subject on statistic_leaf_event (subject_id, occurred_at desc);
create index statistic_leaf_event_by_action on statistic_leaf_event (action, occurred_at desc);
