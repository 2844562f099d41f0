-- Failed logins are counted per account and source address, not on the account: a source that
-- fails too often waits (doubling), while the account still opens from anywhere else. One row per
-- (login name as typed, source), counted with an atomic upsert in a short transaction of its own.
create table accounts_login_failure (
    username      varchar(64)              not null,
    source        varchar(64)              not null,
    failures      integer                  not null,
    first_failure timestamp with time zone not null,
    last_failure  timestamp with time zone not null,
    primary key (username, source)
);

create index accounts_login_failure_last on accounts_login_failure (last_failure);

-- The account-wide lock is gone: anybody could trigger it from anywhere.
alter table accounts_user drop column failed_attempts;
alter table accounts_user drop column locked_until;
