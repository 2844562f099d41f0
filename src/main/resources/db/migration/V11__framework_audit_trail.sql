-- The framework's history takes the one shape of every audit trail: who, when, what
-- (subject, item), old → new, why, from where. A node's code becomes the item (a move
-- keeps its direction as the new value); any other detail becomes the new value.
alter table framework_event rename column framework_id to subject_id;
alter table framework_event
    add column scope_id       bigint,
    add column item           varchar(200),
    add column old_value      text,
    add column new_value      text,
    add column reason         text,
    add column remote_address varchar(64);

update framework_event set item = detail where action in ('NODE_ADDED', 'NODE_CHANGED', 'NODE_REMOVED');
update framework_event set item = split_part(detail, ' ', 1), new_value = nullif(substr(detail, strpos(detail, ' ') + 1), '')
    where action = 'NODE_MOVED' and strpos(detail, ' ') > 0;
update framework_event set item = detail where action = 'NODE_MOVED' and strpos(detail, ' ') = 0;
update framework_event set new_value = detail where action not like 'NODE\_%';

alter table framework_event drop column detail;

create index framework_event_by_action on framework_event (action, occurred_at desc);
