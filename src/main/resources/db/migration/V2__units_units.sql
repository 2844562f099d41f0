create table units_unit (
    id         bigint generated always as identity primary key,
    version    integer      not null default 0,
    code       varchar(32)  not null unique,
    name       varchar(300) not null,
    type       varchar(32)  not null,
    parent_id  bigint references units_unit (id),
    ranked     boolean      not null default true,
    active     boolean      not null default true
);
