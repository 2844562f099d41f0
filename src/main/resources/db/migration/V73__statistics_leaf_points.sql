-- Each campaign's STATISTIC leaf outcomes per unit (issue 13, point 6), kept by the
-- statistics module's job from the observations of the campaign's year, like
-- survey_leaf_score: the statistics LeafSource hands them to scoring.
-- state is SCORED (points computed), NOT_APPLICABLE (0 / 0 under the default policy) or
-- INVALID (figures the rule cannot take); a unit and leaf without data has no row at all
-- ("no data", never 0). numerator and denominator (a ratio) or value (a count or value)
-- are the single indicator's measure over the year, null for a formula over several;
-- rate is the share (0.959 for 95.9%), 10 decimals; sources and periods are the measure's,
-- comma-separated; complete says whether the periods cover the whole year.
create table statistic_leaf_points (
    campaign_id  bigint         not null references campaign_campaign (id) on delete cascade,
    unit_id      bigint         not null references units_unit (id),
    leaf_code    varchar(32)    not null,
    state        varchar(16)    not null check (state in ('SCORED', 'NOT_APPLICABLE', 'INVALID')),
    points       numeric(12,4),
    numerator    numeric(20,4),
    denominator  numeric(20,4),
    value        numeric(20,4),
    rate         numeric(24,10),
    sources      varchar(2000)  not null default '',
    periods      varchar(2000)  not null default '',
    complete     boolean        not null default false,
    computed_at  timestamptz    not null default now(),
    primary key (campaign_id, unit_id, leaf_code),
    check ((state = 'SCORED') = (points is not null))
);
