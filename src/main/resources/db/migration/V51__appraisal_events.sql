-- The appraisal module's own audit trail: assignments made and removed, answers given,
-- decisions withdrawn because the unit changed the leaf after a return.
create table appraisal_event (
    id           bigint generated always as identity primary key,
    campaign_id  bigint       not null,
    unit_id      bigint,
    leaf_code    varchar(32),
    action       varchar(32)  not null,
    detail       text,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)  not null
);

create index appraisal_event_campaign on appraisal_event (campaign_id, occurred_at desc);
