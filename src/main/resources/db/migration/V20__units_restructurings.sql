-- Restructuring lineage: units merged into another, or one unit split into several, from a date.
-- A unit ceases at most once (it is the predecessor of one restructuring at most).

create index units_unit_parent_idx on units_unit (parent_id);

alter table units_unit add constraint units_unit_not_own_parent check (parent_id <> id);

create table units_restructuring (
    id            bigint generated always as identity primary key,
    version       integer       not null default 0,
    kind          varchar(16)   not null check (kind in ('MERGE', 'SPLIT')),
    effective_on  date          not null,
    note          varchar(2000),
    recorded_by   varchar(64)   not null,
    recorded_at   timestamptz   not null
);

create table units_restructuring_predecessor (
    restructuring_id  bigint not null references units_restructuring (id),
    unit_id           bigint not null references units_unit (id),
    primary key (restructuring_id, unit_id)
);

create unique index units_restructuring_predecessor_ceases_once on units_restructuring_predecessor (unit_id);

create table units_restructuring_successor (
    restructuring_id  bigint not null references units_restructuring (id),
    unit_id           bigint not null references units_unit (id),
    primary key (restructuring_id, unit_id)
);

create index units_restructuring_successor_unit_idx on units_restructuring_successor (unit_id);
