create table accounts_user (
    id                bigint generated always as identity primary key,
    version           integer      not null default 0,
    username          varchar(64)  not null unique,
    password_hash     varchar(100) not null,
    display_name      varchar(200) not null,
    email             varchar(200),
    -- The unit a unit leader or officer works for; kept as an id because units are another module's.
    unit_id           bigint,
    enabled           boolean      not null default true,
    failed_attempts   integer      not null default 0,
    locked_until      timestamp with time zone,
    created_at        timestamp with time zone not null,
    constraint accounts_user_username_lower check (username = lower(username))
);

create table accounts_user_role (
    user_id bigint      not null references accounts_user (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role),
    constraint accounts_user_role_known check (role in
        ('ADMIN', 'SECRETARIAT', 'APPRAISER', 'COUNCIL_CHAIR', 'UNIT_LEADER', 'UNIT_OFFICER', 'VIEWER'))
);

create table accounts_audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(64) not null,
    action          varchar(32) not null,
    target          varchar(200),
    detail          text,
    remote_address  varchar(64)
);

create index accounts_audit_event_occurred_at on accounts_audit_event (occurred_at desc, id desc);
