-- The units change log takes the one shape of every audit trail: who, when, what
-- (subject, item), old → new, why, from where. The changed field becomes the item, the
-- restructuring the scope its lines share, its note the reason.
alter table units_event rename column unit_id to subject_id;
alter table units_event rename column field to item;
alter table units_event rename column restructuring_id to scope_id;
alter table units_event rename column note to reason;
alter table units_event
    alter column item type varchar(200),
    alter column old_value type text,
    alter column new_value type text,
    alter column reason type text,
    add column remote_address varchar(64);

create index units_event_by_action on units_event (action, occurred_at desc);
