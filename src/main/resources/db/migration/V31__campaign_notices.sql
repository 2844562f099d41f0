-- In-app notices (thông báo) to users, such as deadline reminders. The message is a bundle key
-- with its arguments (separated by U+001F) so that each reader sees it in her language.
create table campaign_notice (
    id           bigint generated always as identity primary key,
    user_id      bigint        not null,
    campaign_id  bigint        not null references campaign_campaign (id) on delete cascade,
    unit_id      bigint        not null,
    days_before  integer       not null,
    message_key  varchar(100)  not null,
    arguments    text          not null default '',
    link         varchar(300)  not null,
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    -- one reminder per person, campaign, unit and day offset, however often the job runs
    unique (user_id, campaign_id, unit_id, days_before)
);

create index campaign_notice_unread on campaign_notice (user_id) where read_at is null;
