-- Dossier records of the one-stop systems (hồ sơ thủ tục hành chính, issue 13 point 4) and
-- the one rule that judges them (METHODOLOGY §8, docs/statistics-dossiers.md).

-- The legal time limit of each procedure, in working days: the due date of a dossier sent
-- without one.
create table statistic_procedure (
    code            varchar(64)  primary key,
    name            varchar(500) not null,
    time_limit_days integer      not null check (time_limit_days between 0 and 3650),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null default now()
);

-- Each ingest: who sent how many records, and what they did (the trail of the uploads).
create table statistic_dossier_batch (
    id          bigint generated always as identity primary key,
    actor       varchar(100) not null,
    rows        integer      not null,
    inserted    integer      not null,
    replaced    integer      not null,
    unchanged   integer      not null,
    recorded_at timestamptz  not null default now()
);

-- One row per dossier of a unit: sending it again replaces it. end_at is the first
-- terminal event (finished_at for FINISHED, RETURNED, STOPPED, REFUSED, WITHDRAWN; the
-- pending request for SUPPLEMENT_REQUESTED, when its time is known); days are days in
-- Asia/Ho_Chi_Minh. deadline is statistic_dossier_deadline of the row (and of its procedure's
-- limit), kept with it so that counting a million dossiers is one cheap pass: set when the
-- dossier is stored, and again when its procedure's limit is loaded. unit_id is checked by
-- the ingest against units_unit (units are never deleted, only deactivated): a foreign key
-- would cost a lookup per row of a million.
create table statistic_dossier (
    unit_id                 bigint       not null,
    dossier                 varchar(100) not null,
    procedure               varchar(64),
    level                   varchar(8)   not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    channel                 varchar(8)   not null check (channel in ('ONLINE', 'DIRECT', 'POSTAL')),
    status                  varchar(20)  not null check (status in ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED',
                                  'FINISHED', 'RETURNED', 'STOPPED', 'REFUSED', 'WITHDRAWN')),
    received_at             timestamptz  not null,
    due_at                  timestamptz,
    finished_at             timestamptz,
    supplement_requested_at timestamptz,
    supplement_requests     integer      not null check (supplement_requests >= 0),
    supplement_days         integer      not null check (supplement_days >= 0),
    batch_id                bigint       not null,
    received_day            date         not null,
    due_day                 date,
    end_day                 date,
    deadline                date,
    primary key (unit_id, dossier)
);

-- The n-th working day after a day (Saturdays and Sundays skipped; public holidays are not
-- known): Friday + 1 = Monday, Saturday + 1 = Monday, any day + 0 = itself. Plain SQL
-- expressions without STRICT, so that PostgreSQL inlines them into the statements that call
-- them (a call per row would cost ten times the whole count).
create function statistic_add_working_days(day date, n integer) returns date
language sql immutable parallel safe as $$
    select case when n <= 0 then day else
        (day - (case extract(isodow from day) when 6 then 1 when 7 then 2 else 0 end)::integer)
        + (n / 5) * 7 + (n % 5)
        + (case when extract(isodow from day - (case extract(isodow from day) when 6 then 1 when 7 then 2 else 0 end)::integer)
                     + (n % 5) > 5 then 2 else 0 end)::integer
    end
$$;

-- The day by which a dossier must end: its due day, or else the receipt day plus the
-- procedure's limit; moved later by the working days waited for a supplement, except for
-- a dossier whose end is its pending request (the waiting comes after that end). Null:
-- cannot be judged. (Adding a and then b working days is adding a + b.)
create function statistic_dossier_deadline(due_day date, received_day date, time_limit_days integer,
                                           supplement_days integer, status varchar, end_day date) returns date
language sql immutable parallel safe as $$
    select case when due_day is not null
                then statistic_add_working_days(due_day,
                         case when status = 'SUPPLEMENT_REQUESTED' and end_day is not null then 0 else supplement_days end)
                else statistic_add_working_days(received_day, time_limit_days
                         + case when status = 'SUPPLEMENT_REQUESTED' and end_day is not null then 0 else supplement_days end)
           end
$$;

-- What a dossier is on a day (the period's last day): FINISHED_ON_TIME, FINISHED_LATE
-- (ended by then), OPEN_ON_TIME, OPEN_OVERDUE (still open then), or CANNOT_JUDGE (no due
-- day and no known limit). More than one supplement request is late whatever the dates.
create function statistic_dossier_outcome(end_day date, deadline date, supplement_requests integer, judged_on date)
returns varchar language sql immutable parallel safe as $$
    select case
        when end_day is not null and end_day <= judged_on then
            case when supplement_requests > 1 then 'FINISHED_LATE'
                 when deadline is null then 'CANNOT_JUDGE'
                 when end_day <= deadline then 'FINISHED_ON_TIME'
                 else 'FINISHED_LATE' end
        else
            case when supplement_requests > 1 then 'OPEN_OVERDUE'
                 when deadline is null then 'CANNOT_JUDGE'
                 when judged_on <= deadline then 'OPEN_ON_TIME'
                 else 'OPEN_OVERDUE' end
    end
$$;

-- Every dossier with its procedure's limit, for the list of the dossiers behind a count.
create view statistic_dossier_judged as
select d.*, p.time_limit_days
from statistic_dossier d
left join statistic_procedure p on p.code = d.procedure;
