-- Dossier loads at the scale of a province's year (issue 13, speed). Each dossier keeps its
-- procedure's legal time limit (copied when it is stored, and again when the procedure's
-- limit is loaded), so that its deadline is a stored generated column of its own row: a load
-- can then COPY the checked records straight into the table, with no second pass. Each
-- dossier also keeps the row of its upload it came from (batch_id, batch_row).
drop view statistic_dossier_judged;

alter table statistic_dossier
    add column time_limit_days integer check (time_limit_days between 0 and 3650),
    add column batch_row integer;

update statistic_dossier d set time_limit_days = p.time_limit_days
from statistic_procedure p
where p.code = d.procedure;

alter table statistic_dossier drop column deadline;

alter table statistic_dossier
    add column deadline date generated always as (statistic_dossier_deadline(due_day, received_day, time_limit_days,
                                                      supplement_days, status, end_day)) stored;

-- How each upload was stored (docs/statistics-dossiers.md, "Speed"): merged through a
-- temporary table, or in bulk straight into the table with its key index built again.
alter table statistic_dossier_batch add column mode varchar(5) check (mode in ('MERGE', 'BULK'));
