-- Who appraises what: a unit's whole sheet, or one area across the campaign's units.
-- Campaigns and units belong to other modules: kept as ids.
create table appraisal_assignment (
    id           bigint generated always as identity primary key,
    campaign_id  bigint      not null,
    appraiser    varchar(64) not null,
    unit_id      bigint,
    area_code    varchar(32),
    assigned_at  timestamp with time zone not null,
    assigned_by  varchar(64) not null,
    check (unit_id is not null or area_code is not null),
    unique nulls not distinct (campaign_id, appraiser, unit_id, area_code)
);

create index appraisal_assignment_appraiser on appraisal_assignment (appraiser, campaign_id);

-- Every decision of the council on a leaf, kept forever. The latest one is also written on the
-- sheet's entry (assessment_entry.appraised_points / appraised_not_applicable / appraisal_reason).
-- round: 1 for the first appraisal, n + 1 after the n-th return for explanation.
create table appraisal_decision (
    id                bigint generated always as identity primary key,
    campaign_id       bigint       not null,
    unit_id           bigint       not null,
    leaf_code         varchar(32)  not null,
    round             integer      not null,
    kind              varchar(24)  not null
        check (kind in ('ACCEPTED', 'ADJUSTED', 'CLAIM_ACCEPTED', 'CLAIM_REJECTED', 'WITHDRAWN')),
    self_points       numeric(9, 2),
    appraised_points  numeric(9, 2),
    reason            text,
    bulk              boolean      not null default false,
    decided_at        timestamp with time zone not null,
    decided_by        varchar(64)  not null,
    check (kind in ('ACCEPTED', 'CLAIM_ACCEPTED', 'WITHDRAWN') or reason is not null)
);

create index appraisal_decision_sheet on appraisal_decision (campaign_id, unit_id, leaf_code, decided_at desc, id desc);

-- The questions asked on leaves when a sheet is returned for explanation (giải trình), and the
-- unit's answers.
create table appraisal_question (
    id           bigint generated always as identity primary key,
    campaign_id  bigint       not null,
    unit_id      bigint       not null,
    leaf_code    varchar(32)  not null,
    round        integer      not null,
    question     text         not null,
    asked_at     timestamp with time zone not null,
    asked_by     varchar(64)  not null,
    answer       text,
    answered_at  timestamp with time zone,
    answered_by  varchar(64)
);

create index appraisal_question_sheet on appraisal_question (campaign_id, unit_id, round);

-- The unit's entries on the questioned leaves as they stood when the sheet was returned, to show
-- the appraiser what changed in the second round.
create table appraisal_snapshot (
    campaign_id     bigint       not null,
    unit_id         bigint       not null,
    round           integer      not null,
    leaf_code       varchar(32)  not null,
    self_points     numeric(9, 2),
    not_applicable  boolean      not null,
    explanation     text,
    evidence_files  text,
    primary key (campaign_id, unit_id, round, leaf_code)
);
