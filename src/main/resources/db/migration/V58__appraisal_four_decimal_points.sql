-- The council's decisions carry the unit's points, which may have 4 decimals when a rule computed them.
alter table appraisal_decision
    alter column self_points type numeric(13, 4),
    alter column appraised_points type numeric(13, 4);
alter table appraisal_snapshot
    alter column self_points type numeric(13, 4);
