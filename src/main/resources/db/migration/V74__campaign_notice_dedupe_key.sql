-- Notices other than deadline reminders (issue 13: a unit's statistic fell below a tier): such a
-- notice has no day offset, and names what it is about in a key of its own, stored at most once
-- per person and key however often (or on however many nodes) it is sent.
alter table campaign_notice alter column days_before drop not null;
alter table campaign_notice add column dedupe_key varchar(300);
create unique index campaign_notice_dedupe on campaign_notice (user_id, dedupe_key) where dedupe_key is not null;
