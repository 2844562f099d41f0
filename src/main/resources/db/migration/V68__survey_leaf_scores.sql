-- The rule SURVEY_SCORE (points = maximum × the unit's survey score for the leaf).
alter table framework_node drop constraint framework_node_rule_check;
alter table framework_node add constraint framework_node_rule_check
    check (rule in ('MANUAL', 'YES_NO', 'LEVELS', 'RATIO_TIERS', 'DEDUCTION', 'SURVEY_SCALE', 'SURVEY_SCORE'));

-- Each unit's survey score and points on every leaf a survey's questions feed, computed from
-- the responses that count (the secretariat's flag decisions applied): the survey's
-- LeafSource reads it. score is the share from 0 to 1 (exact to 10 decimals), points have 4
-- decimals; a unit or leaf without answers has no row ("no survey data").
create table survey_leaf_score (
    survey_id  bigint        not null references survey_survey (id) on delete cascade,
    unit_id    bigint        not null,
    leaf_code  varchar(32)   not null,
    score      numeric(20,10) not null check (score >= 0 and score <= 1),
    points     numeric(12,4),
    answers    integer       not null,
    primary key (survey_id, unit_id, leaf_code)
);
