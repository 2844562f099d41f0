-- Files attached to a leaf of a sheet as its evidence (tài liệu kiểm chứng); the file itself is stored
-- once per content in the module's file store.
create table assessment_evidence (
    id           bigint generated always as identity primary key,
    sheet_id     bigint       not null references assessment_sheet (id) on delete cascade,
    leaf_code    varchar(32)  not null,
    sha256       char(64)     not null,
    file_name    varchar(300) not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(64)  not null
);

create index assessment_evidence_sheet on assessment_evidence (sheet_id, leaf_code);
