-- The council's current verdict on a leaf, kept beside the unit's own: the appraisal module records
-- every decision with its reason; this is the latest one, which scoring reads.
alter table assessment_entry
    add column appraised_not_applicable boolean,
    add column appraisal_reason text;

-- While a sheet is returned for explanation, the unit may change only the leaves it was asked about.
create table assessment_open_leaf (
    sheet_id   bigint      not null references assessment_sheet (id) on delete cascade,
    leaf_code  varchar(32) not null,
    primary key (sheet_id, leaf_code)
);

alter table assessment_sheet
    add column returned_at  timestamp with time zone,
    add column finalised_at timestamp with time zone,
    add column finalised_by varchar(64);
