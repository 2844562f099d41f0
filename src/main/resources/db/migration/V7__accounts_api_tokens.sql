-- Personal access tokens (mã truy cập API) for programs: stored as the SHA-256 of the token,
-- never the token itself, which is shown once when it is issued.
create table accounts_api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint       not null references accounts_user (id) on delete cascade,
    name          varchar(100) not null,
    -- the token's public part, to find it and to recognise it in lists
    prefix        varchar(16)  not null unique,
    secret_hash   bytea        not null,
    scopes        varchar(32)  not null,
    created_by    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    revoked_by    varchar(64),
    -- refreshed at most every few minutes, so that busy callers do not contend on the row
    last_used_at  timestamp with time zone,
    constraint accounts_api_token_scopes check (scopes in ('read', 'write', 'read,write')),
    constraint accounts_api_token_hash_length check (octet_length(secret_hash) = 32),
    constraint accounts_api_token_expires check (expires_at > created_at)
);

create index accounts_api_token_user on accounts_api_token (user_id);
