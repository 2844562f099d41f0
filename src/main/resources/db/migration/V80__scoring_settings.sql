-- How a campaign ranks and groups its units. A campaign without a row uses the defaults
-- (competition ranking, no tie-break, bands A >= 90, B >= 80, C >= 70 on the index, peers by unit type).
create table scoring_settings (
    campaign_id       bigint        primary key,
    rank_method       varchar(16)   not null check (rank_method in ('COMPETITION', 'DENSE')),
    tie_break         varchar(16)   not null check (tie_break in ('NONE', 'POINTS', 'APPLICABLE_MAX')),
    band_basis        varchar(8)    not null check (band_basis in ('INDEX', 'POINTS')),
    -- "name=lower bound" pairs separated by ";", highest band first, e.g. "A=90;B=80;C=70"
    bands             varchar(2000) not null,
    peers             varchar(16)   not null check (peers in ('NONE', 'UNIT_TYPE', 'APPLICABLE_MAX')),
    peer_group_count  integer       not null check (peer_group_count between 1 and 20),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)   not null
);

-- Every change of the settings: who, when, old -> new.
create table scoring_settings_event (
    id           bigint generated always as identity primary key,
    campaign_id  bigint       not null,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)  not null,
    old_value    text,
    new_value    text         not null
);

create index scoring_settings_event_by_campaign on scoring_settings_event (campaign_id, occurred_at desc, id desc);
