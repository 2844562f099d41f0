-- A unit's component figures in one row (a national campaign is written in 10,000 rows, not
-- 430,000): the codes once per campaign, in the order the engine computed them (areas and criteria
-- in tree order, then parts), and per unit one item per component in that order, ';' between
-- items, each "self points,self max,appraised points,appraised max,self no data,appraised no data",
-- amounts in ten-thousandths of a point.
alter table scoring_campaign_result
    add column components text[] not null default '{}',
    add column parts text[] not null default '{}';

create table scoring_unit_components (
    campaign_id     bigint  not null,
    unit_id         bigint  not null,
    waits_for_data  boolean not null,
    figures         text    not null,
    primary key (campaign_id, unit_id)
);

update scoring_campaign_result r set
    components = coalesce((select array_agg(c.code order by c.position) from scoring_component_result c
        where c.campaign_id = r.campaign_id and c.kind = 'N'
          and c.unit_id = (select min(unit_id) from scoring_component_result where campaign_id = r.campaign_id)),
        '{}'),
    parts = coalesce((select array_agg(c.code order by c.position) from scoring_component_result c
        where c.campaign_id = r.campaign_id and c.kind = 'P'
          and c.unit_id = (select min(unit_id) from scoring_component_result where campaign_id = r.campaign_id)),
        '{}');

insert into scoring_unit_components (campaign_id, unit_id, waits_for_data, figures)
select u.campaign_id, u.unit_id, u.waits_for_data, coalesce((
    select string_agg((c.self_points * 10000)::bigint || ',' || (c.self_max * 10000)::bigint || ','
        || (c.appraised_points * 10000)::bigint || ',' || (c.appraised_max * 10000)::bigint || ','
        || c.self_no_data || ',' || c.appraised_no_data, ';' order by c.kind, c.position)
    from scoring_component_result c where c.campaign_id = u.campaign_id and c.unit_id = u.unit_id), '')
from scoring_unit_result u;

drop table scoring_component_result;

-- The components one row each, as before, for reading by hand.
create view scoring_component_result as
select u.campaign_id, u.unit_id,
    (case when i.n <= cardinality(r.components) then 'N' else 'P' end)::char(1) as kind,
    (case when i.n <= cardinality(r.components) then i.n - 1
        else i.n - 1 - cardinality(r.components) end)::integer as position,
    (case when i.n <= cardinality(r.components) then r.components[i.n]
        else r.parts[i.n - cardinality(r.components)] end)::varchar(100) as code,
    (split_part(i.item, ',', 1)::numeric / 10000)::numeric(17, 4) as self_points,
    (split_part(i.item, ',', 2)::numeric / 10000)::numeric(17, 4) as self_max,
    (split_part(i.item, ',', 3)::numeric / 10000)::numeric(17, 4) as appraised_points,
    (split_part(i.item, ',', 4)::numeric / 10000)::numeric(17, 4) as appraised_max,
    split_part(i.item, ',', 5)::integer as self_no_data,
    split_part(i.item, ',', 6)::integer as appraised_no_data,
    u.waits_for_data
from scoring_unit_components u
join scoring_campaign_result r on r.campaign_id = u.campaign_id
cross join lateral string_to_table(u.figures, ';') with ordinality as i(item, n);
