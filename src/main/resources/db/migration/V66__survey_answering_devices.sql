-- The devices seen answering a survey lately, for the "one device, many responses" flag:
-- a keyed hash (HMAC-SHA256 of the network address and the browser under the survey's
-- device key, which is erased when the survey closes), the unit answered for and when it
-- was last seen. Pruned once the survey's window has passed; never joined to a response.
create table survey_device_seen (
    survey_id  bigint      not null references survey_survey (id) on delete cascade,
    unit_id    bigint      not null,
    device     bytea       not null,
    seen_at    timestamp with time zone not null,
    primary key (survey_id, device, unit_id)
);

create index survey_device_seen_by_time on survey_device_seen (seen_at);
