-- The sheet's trail takes the one shape of every audit trail: who, when, what (subject,
-- item), old → new, why, from where. The sheet is the subject, its campaign the scope, the
-- leaf the item.
alter table assessment_event rename column sheet_id to subject_id;
alter table assessment_event rename column leaf_code to item;
alter table assessment_event
    alter column item type varchar(200),
    add column scope_id       bigint,
    add column remote_address varchar(64);

update assessment_event e set scope_id = s.campaign_id from assessment_sheet s where s.id = e.subject_id;

create index assessment_event_by_action on assessment_event (action, occurred_at desc);
