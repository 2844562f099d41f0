-- The appraisal trail takes the one shape of every audit trail: who, when, what (subject,
-- item), old → new, why, from where. The unit is the subject, the campaign the scope, the
-- leaf the item; the detail (who was assigned, the answer given) becomes the new value.
alter table appraisal_event rename column unit_id to subject_id;
alter table appraisal_event rename column campaign_id to scope_id;
alter table appraisal_event rename column leaf_code to item;
alter table appraisal_event rename column detail to new_value;
alter table appraisal_event
    alter column item type varchar(200),
    alter column scope_id drop not null,
    add column old_value      text,
    add column reason         text,
    add column remote_address varchar(64);

create index appraisal_event_by_action on appraisal_event (action, occurred_at desc);
