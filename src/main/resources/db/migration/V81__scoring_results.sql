-- Stored results: written when an input changes, read by the pages, the API and the workbook.
-- No foreign keys between the three tables: a full recomputation deletes and rewrites a campaign's
-- rows in bulk (COPY), and the checks would double its time.
-- Points and maxima are exact; percentages are computed from them when shown.
create table scoring_campaign_result (
    campaign_id   bigint        primary key,
    framework_id  bigint        not null,
    units_count   integer       not null,
    -- Pearson's correlation between applicable maximum and index over the ranked units
    correlation   numeric(7, 4),
    computed_at   timestamp with time zone not null
);

-- One unit's totals, both variants, and its place. The official variant is the appraised one once
-- the appraisal is final, else the self-assessed one.
create table scoring_unit_result (
    campaign_id       bigint         not null,
    unit_id           bigint         not null,
    unit_type         varchar(32)    not null,
    ranked            boolean        not null,
    finalised         boolean        not null,
    self_points       numeric(13, 2) not null,
    self_max          numeric(13, 2) not null,
    appraised_points  numeric(13, 2) not null,
    appraised_max     numeric(13, 2) not null,
    rank              integer,
    grp               varchar(100),
    peer_group        varchar(100),
    peer_rank         integer,
    -- fingerprint of the unit's component figures: a full recomputation rewrites only what changed
    figures           bigint         not null,
    primary key (campaign_id, unit_id)
);

create index scoring_unit_result_ranking on scoring_unit_result (campaign_id, rank nulls last, unit_id);

-- One unit's figures per component: every area and criterion (kind 'N', position = tree order) and
-- every part (kind 'P', position = order of first appearance).
create table scoring_component_result (
    campaign_id       bigint         not null,
    unit_id           bigint         not null,
    kind              char(1)        not null check (kind in ('N', 'P')),
    position          integer        not null,
    code              varchar(100)   not null,
    self_points       numeric(13, 2) not null,
    self_max          numeric(13, 2) not null,
    appraised_points  numeric(13, 2) not null,
    appraised_max     numeric(13, 2) not null,
    primary key (campaign_id, unit_id, kind, position)
);
