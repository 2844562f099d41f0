-- Whether a computed leaf's points are rounded half-up to 2 decimals before they are added up;
-- by default they keep 4 decimals (METHODOLOGY.md §4).
alter table framework_framework add column round_computed boolean not null default false;
