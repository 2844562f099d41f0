-- Each sheet's figures as scoring reads them, in one row per sheet: a national campaign (10,000
-- units × 100 leaves) is read in 10,000 rows, not a million. Kept by the database itself, in the
-- statement that writes an entry (so no writer can forget it, COPY and hand-made SQL included),
-- under the sheet's row lock: two transactions writing two leaves of one sheet each rebuild the
-- vector after the other's commit, and neither leaf is lost.
--
-- figures: one item per entry, ';' between items, each "leaf code,self,appraised,flags": self and
-- appraised in ten-thousandths of a point (empty: no value; appraised is the council's where it
-- decided, else the unit's), flags 1 = the unit claims not applicable, 2 = not applicable as
-- appraised (the council's decision, else the claim). Leaf codes never contain ',' or ';'.
create table assessment_sheet_figures (
    sheet_id  bigint primary key references assessment_sheet (id) on delete cascade,
    figures   text   not null
);

create function assessment_sheet_figures_refresh(sheets bigint[]) returns void
language plpgsql as $$
begin
    if sheets is null or cardinality(sheets) = 0 then
        return;
    end if;
    -- the sheet's row lock (the application's writers already hold it); the next statement then
    -- reads every entry committed before it was granted
    perform 1 from assessment_sheet where id = any(sheets) order by id for no key update;
    insert into assessment_sheet_figures (sheet_id, figures)
    select s.id, coalesce((
        select string_agg(e.leaf_code || ',' || coalesce((e.self_points * 10000)::bigint::text, '') || ','
            || coalesce((coalesce(e.appraised_points, e.self_points) * 10000)::bigint::text, '') || ','
            || ((case when e.not_applicable then 1 else 0 end)
                + (case when coalesce(e.appraised_not_applicable, e.not_applicable) then 2 else 0 end)), ';'
            order by e.leaf_code)
        from assessment_entry e where e.sheet_id = s.id), '')
    from assessment_sheet s where s.id = any(sheets)
    on conflict (sheet_id) do update set figures = excluded.figures
    where assessment_sheet_figures.figures is distinct from excluded.figures;
end
$$;

create function assessment_sheet_figures_inserted() returns trigger
language plpgsql as $$
begin
    perform assessment_sheet_figures_refresh((select array_agg(distinct sheet_id) from new_entries));
    return null;
end
$$;

create function assessment_sheet_figures_deleted() returns trigger
language plpgsql as $$
begin
    perform assessment_sheet_figures_refresh((select array_agg(distinct sheet_id) from old_entries));
    return null;
end
$$;

create trigger assessment_entry_figures_insert after insert on assessment_entry
    referencing new table as new_entries for each statement execute function assessment_sheet_figures_inserted();

create trigger assessment_entry_figures_update after update on assessment_entry
    referencing new table as new_entries for each statement execute function assessment_sheet_figures_inserted();

create trigger assessment_entry_figures_delete after delete on assessment_entry
    referencing old table as old_entries for each statement execute function assessment_sheet_figures_deleted();

-- every existing sheet's figures
select assessment_sheet_figures_refresh(array_agg(id)) from assessment_sheet;
