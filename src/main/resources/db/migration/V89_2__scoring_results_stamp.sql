-- A new random stamp on every write of a campaign's results: a node that kept the campaign's totals
-- in memory after its last re-ranking uses them only while the stamp it wrote is still there
-- (another node's write, a rolled-back one or a change by hand leave another stamp, or 0).
alter table scoring_campaign_result
    add column stamp bigint not null default 0;
