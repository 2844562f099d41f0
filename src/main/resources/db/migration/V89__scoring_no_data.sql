-- What leaves whose source has no data yet (a survey not run, a statistic not received) do to the
-- indices: RESCALE computes over the leaves that have data, WAIT withholds indices, ranks and groups.
alter table scoring_settings
    add column no_data varchar(8) not null default 'RESCALE' check (no_data in ('RESCALE', 'WAIT'));

-- How many applicable leaves had no data when the figures were computed ("no data" is never
-- "not applicable" nor 0 points), and whether the campaign waited for them.
alter table scoring_unit_result
    add column self_no_data integer not null default 0,
    add column appraised_no_data integer not null default 0,
    add column waits_for_data boolean not null default false;

alter table scoring_component_result
    add column self_no_data integer not null default 0,
    add column appraised_no_data integer not null default 0;
alter table scoring_component_result
    add column waits_for_data boolean not null default false;
