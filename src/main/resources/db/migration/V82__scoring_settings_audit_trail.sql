-- The settings' trail takes the one shape of every audit trail: who, when, what (subject,
-- item), old → new, why, from where. The campaign is both the subject and the scope; every
-- existing line recorded a change of the settings.
alter table scoring_settings_event rename column campaign_id to subject_id;
alter table scoring_settings_event
    alter column new_value drop not null,
    add column scope_id       bigint,
    add column item           varchar(200),
    add column action         varchar(32),
    add column reason         text,
    add column remote_address varchar(64);

update scoring_settings_event set scope_id = subject_id, action = 'SETTINGS_CHANGED';

alter table scoring_settings_event alter column action set not null;

create index scoring_settings_event_by_action on scoring_settings_event (action, occurred_at desc);
