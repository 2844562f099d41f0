-- The security audit log takes the one shape of every audit trail: who, when, what
-- (subject, item), old → new, why, from where. The target user name becomes the item,
-- the detail the new value.
alter table accounts_audit_event rename column target to item;
alter table accounts_audit_event rename column detail to new_value;
alter table accounts_audit_event
    add column subject_id bigint,
    add column scope_id   bigint,
    add column old_value  text,
    add column reason     text;

create index accounts_audit_event_by_action on accounts_audit_event (action, occurred_at desc);
