-- Who changed a unit, when, and how: one row per change, readable on the unit's page.

create table units_event (
    id                bigint generated always as identity primary key,
    unit_id           bigint        not null references units_unit (id),
    occurred_at       timestamptz   not null,
    actor             varchar(64)   not null,
    action            varchar(32)   not null,
    field             varchar(32),
    old_value         varchar(300),
    new_value         varchar(300),
    restructuring_id  bigint references units_restructuring (id),
    note              varchar(2000)
);

create index units_event_unit_idx on units_event (unit_id, occurred_at desc, id desc);
