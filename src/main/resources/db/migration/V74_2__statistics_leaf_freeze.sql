-- The units whose STATISTIC leaf outcomes are frozen in a campaign: a unit's appraisal was
-- finalised there, so its statistic_leaf_points (figures, sources, points; the council's
-- adjustments are closed too) stay as they were at finalisation and later observations move
-- neither them nor the unit's results, until the appraisal is reopened: the row is then
-- removed and the unit recomputed from the current observations at once
-- (docs/statistics-scoring.md, "Frozen at finalisation"). frozen_at is when the
-- finalisation froze them (for an appraisal finalised before this table existed, the first
-- start that found it final).
create table statistic_leaf_freeze (
    campaign_id  bigint       not null references campaign_campaign (id) on delete cascade,
    unit_id      bigint       not null references units_unit (id),
    frozen_at    timestamptz  not null,
    primary key (campaign_id, unit_id)
);
