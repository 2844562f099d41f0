-- Evidence files (tài liệu kiểm chứng), stored once per content: the SHA-256 of the bytes is the key,
-- so the same file attached to many leaves or uploaded twice takes its space once. Rows are never
-- updated; the type and size were checked by content before the insert.

create table assessment_file (
    sha256      char(64)      primary key,
    media_type  varchar(100)  not null,
    kind        varchar(16)   not null,
    size        bigint        not null check (size > 0),
    content     bytea         not null,
    created_at  timestamptz   not null
);

-- PDFs, images and Office files are already compressed: compressing again wastes CPU, and
-- uncompressed out-of-line storage lets a download read the content in slices (substring).
alter table assessment_file alter column content set storage external;
