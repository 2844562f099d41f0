-- An evaluation round (kỳ đánh giá): a framework applied to a set of units in a year.
create table campaign_campaign (
    id            bigint generated always as identity primary key,
    version       integer      not null default 0,
    name          varchar(300) not null,
    year          integer      not null check (year between 2000 and 2200),
    framework_id  bigint       not null
);

-- The participating units, by id (the units module owns the units).
create table campaign_unit (
    campaign_id  bigint not null references campaign_campaign (id) on delete cascade,
    unit_id      bigint not null,
    primary key (campaign_id, unit_id)
);

create index campaign_unit_by_unit on campaign_unit (unit_id);

-- Phase dates are days in Asia/Ho_Chi_Minh; a deadline is the end of its day there.
create table campaign_phase (
    campaign_id  bigint      not null references campaign_campaign (id) on delete cascade,
    phase        varchar(32) not null
        check (phase in ('SELF_ASSESSMENT', 'APPRAISAL', 'EXPLANATION', 'SECOND_APPRAISAL', 'PUBLICATION')),
    starts_on    date        not null,
    deadline     date        not null,
    primary key (campaign_id, phase),
    check (starts_on <= deadline)
);

-- Who changed what in a campaign, and when.
create table campaign_event (
    id           bigint generated always as identity primary key,
    campaign_id  bigint       not null references campaign_campaign (id) on delete cascade,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)  not null,
    action       varchar(32)  not null,
    detail       text
);

create index campaign_event_by_campaign on campaign_event (campaign_id, occurred_at desc);
