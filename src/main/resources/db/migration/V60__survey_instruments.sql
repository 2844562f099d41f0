-- A survey instrument (bộ câu hỏi): respondent groups with weights and questions, each
-- question mapped to the framework leaf it feeds. A template is a built-in instrument to
-- adapt; an instrument is frozen once a survey using it has opened.
create table survey_instrument (
    id            bigint generated always as identity primary key,
    version       integer      not null default 0,
    name          varchar(300) not null,
    year          integer      not null check (year between 2000 and 2200),
    template      varchar(32),
    layout        varchar(16)  not null default 'ONE_PAGE' check (layout in ('ONE_PAGE', 'ONE_PER_SCREEN')),
    satisfaction  varchar(8)   not null default 'SHARE' check (satisfaction in ('SHARE', 'MEAN')),
    created_at    timestamp with time zone not null default now()
);

create table survey_group (
    instrument_id  bigint        not null references survey_instrument (id) on delete cascade,
    position       integer       not null,
    code           varchar(32)   not null,
    name           varchar(300)  not null,
    weight         numeric(12,4) not null check (weight > 0),
    primary key (instrument_id, code)
);

-- options holds the workbook's text: "scale=5" for a scale, "A. Rất tốt=100%; B. Tốt=60%"
-- for choices; groups the comma-separated codes of the groups asked (empty = all).
create table survey_question (
    instrument_id  bigint        not null references survey_instrument (id) on delete cascade,
    position       integer       not null,
    code           varchar(32)   not null,
    groups         varchar(1000) not null default '',
    text           text          not null,
    type           varchar(8)    not null check (type in ('SCALE', 'CHOICE', 'MULTI', 'TEXT')),
    options        text          not null default '',
    cannot_judge   boolean       not null default false,
    leaf_code      varchar(32),
    element        varchar(200),
    satisfied      varchar(200)  not null default '',
    context        text,
    primary key (instrument_id, code)
);
