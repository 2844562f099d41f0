-- The campaign's history takes the one shape of every audit trail: who, when, what
-- (subject, item), old → new, why, from where. The campaign is both the subject and the
-- scope; the detail (unit codes, dates) becomes the new value.
alter table campaign_event rename column campaign_id to subject_id;
alter table campaign_event rename column detail to new_value;
alter table campaign_event
    add column scope_id       bigint,
    add column item           varchar(200),
    add column old_value      text,
    add column reason         text,
    add column remote_address varchar(64);

update campaign_event set scope_id = subject_id;

create index campaign_event_by_action on campaign_event (action, occurred_at desc);
