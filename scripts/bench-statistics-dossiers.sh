#!/usr/bin/env bash
# Dossier records at the scale of a large province's year (issue 13): 1,000,000 records of 400
# units at three levels sent as one CSV to POST /api/v1/statistics/dossiers (checked while
# streamed, COPY into a temporary table, merged, counted into every unit's TTHC_DUNG_HAN*
# observations for every month and quarter) — against the floor measured in the same run on the
# same database: psql \copy of the same file into a plain table and one GROUP BY per unit, level
# and quarter.
# Usage: mvn -B package -DskipTests && scripts/bench-statistics-dossiers.sh [records] [units]
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-1000000}
units=${2:-400}
admin="admin:Bench-Root-2026"
. scripts/bench-app.sh
start_app dossiers "${PORT:-18103}"

# A province, its districts and communes: 400 units, codes BD0001…; 50 procedures with limits.
sql <<SQL
insert into units_unit (code, name, type) values ('BD0001', 'Tỉnh đo tải', 'PROVINCE');
insert into units_unit (code, name, type, parent_id)
select 'BD' || lpad(i::text, 4, '0'), 'Đơn vị đo tải ' || i, case when i <= 40 then 'DISTRICT' else 'COMMUNE' end,
       (select id from units_unit where code = 'BD0001')
from generate_series(2, $units) i;
SQL
{ echo "procedure,name,time_limit_days"; for i in $(seq 1 50); do echo "TT$i,Thủ tục $i,$((3 + i % 13))"; done; } >"$work/procedures.csv"
curl -fs -u "$admin" -H 'Content-Type: text/csv' --data-binary @"$work/procedures.csv" "$base/api/v1/statistics/procedures" >/dev/null

# The records of 2025: received any day, due 3–15 days later (1 in 50 without a due date, judged by
# its procedure's limit), most finished within 0–20 days, some with supplement requests, some open.
python3 - "$records" "$units" >"$work/dossiers.csv" <<'PY'
import random, sys, datetime
n, units = int(sys.argv[1]), int(sys.argv[2])
r = random.Random(2025)
start = datetime.datetime(2025, 1, 1, 7, 30)
out = sys.stdout
out.write("unit,dossier,procedure,level,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_days\n")
levels = ["PROVINCE", "DISTRICT", "COMMUNE"]
channels = ["ONLINE", "DIRECT", "POSTAL"]
finals = ["FINISHED", "RETURNED", "RETURNED", "RETURNED", "STOPPED", "REFUSED", "WITHDRAWN"]
fmt = "%Y-%m-%dT%H:%M:%S"
for i in range(n):
    unit = 1 + i % units
    level = levels[0] if unit == 1 else levels[1] if unit <= 40 else levels[2 if r.random() < 0.8 else 1]
    received = start + datetime.timedelta(days=r.randrange(365), minutes=r.randrange(600))
    due = "" if r.random() < 0.02 else (received + datetime.timedelta(days=r.randrange(3, 16))).strftime("%Y-%m-%d")
    requests = 0 if r.random() < 0.93 else (1 if r.random() < 0.8 else 2)
    days = r.randrange(1, 6) if requests else 0
    if r.random() < 0.03:
        status, finished = ("IN_PROGRESS", "") if not requests else ("SUPPLEMENT_REQUESTED", "")
    else:
        status = finals[r.randrange(len(finals))]
        finished = (received + datetime.timedelta(days=r.randrange(0, 21), minutes=r.randrange(480))).strftime(fmt)
    out.write(f"BD{unit:04d},HS-{i:08d},TT{1 + i % 50},{level},{channels[i % 3]},{received.strftime(fmt)},{due},"
              f"{finished},{status},{requests},{days}\n")
PY
size=$(du -m "$work/dossiers.csv" | cut -f1)
echo "$records records of $units units, ${size} MB of CSV"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

# The application: one call — stream, check, COPY, merge, count, write the observations.
api=$(curl -fs -u "$admin" -H 'Content-Type: text/csv' --data-binary @"$work/dossiers.csv" \
  -o "$work/answer.json" -w '%{time_total}' "$base/api/v1/statistics/dossiers")
echo "API (new dossiers): ${api} s — $(cat "$work/answer.json")"
stored=$(sql -At -c "select count(*) from statistic_dossier")
observations=$(sql -At -c "select count(*) from statistic_observation where source = 'ho-so-mot-cua' and replaced_at is null")
echo "stored dossiers: $stored; observations written: $observations"

# The floor: PostgreSQL alone loading the same file with COPY and counting it with one GROUP BY.
floor=$( { /usr/bin/time -f '%e' psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$pgport" -U parindex -d parindex <<SQL >/dev/null; } 2>&1 | tail -n 1
create table bench_floor (unit text, dossier text, procedure text, level text, channel text, received_at timestamptz,
                          due_at timestamptz, finished_at timestamptz, status text, supplement_requests integer,
                          supplement_days integer);
\copy bench_floor from '$work/dossiers.csv' with (format csv, header)
select unit, level, date_trunc('quarter', finished_at) as quarter,
       count(*) filter (where finished_at::date <= due_at::date and supplement_requests <= 1) as on_time,
       count(*) as finished
from bench_floor where finished_at is not null group by 1, 2, 3;
SQL
)
echo "floor (psql \\copy + one GROUP BY): ${floor} s"
echo "ratio: $(python3 -c "print(f'{$api / $floor:.2f}')")×"

# The same file again: every dossier already stored as sent (nothing to replace), counted again.
again=$(curl -fs -u "$admin" -H 'Content-Type: text/csv' --data-binary @"$work/dossiers.csv" \
  -o /dev/null -w '%{time_total}' "$base/api/v1/statistics/dossiers")
echo "API (the same file again, all unchanged): ${again} s; observations now: $(sql -At -c "select count(*) from statistic_observation where source = 'ho-so-mot-cua'") (history included)"
