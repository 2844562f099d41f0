#!/usr/bin/env bash
# Load test of the statistics feed (issue 13): 100,000 observations pushed through
# POST /api/v1/statistics/observations (2,500 units × 4 indicators × 10 months) in batches, with an
# API token; then the same batches again (all unchanged), then every figure changed (all replaced,
# the old rows kept). The floor: PostgreSQL itself loading the same 100,000 rows into a copy of
# statistic_observation (same columns, checks, indexes and foreign keys) with COPY and one
# insert … select.
# Usage: mvn -B package -DskipTests && scripts/bench-statistics-observations.sh [batch size]
set -euo pipefail
cd "$(dirname "$0")/.."
batch=${1:-10000}
. scripts/bench-app.sh
start_app statistics "${PORT:-18102}"

# 2,500 units (one province above them), and an API token for the administrator.
sql <<SQL
insert into units_unit (code, name, type) values ('BENCH', 'Tỉnh đo tải', 'PROVINCE');
insert into units_unit (code, name, type, parent_id)
select 'B' || lpad(i::text, 5, '0'), 'Xã đo tải ' || i, 'COMMUNE', (select id from units_unit where code = 'BENCH')
from generate_series(1, 2500) i;
analyze units_unit;
SQL
admin=$(curl -fs -u admin:Bench-Root-2026 "$base/api/v1/users?q=admin" | python3 -c 'import json,sys; print([u["id"] for u in json.load(sys.stdin) if u["username"]=="admin"][0])')
token=$(curl -fs -u admin:Bench-Root-2026 -H 'Content-Type: application/json' \
  -d "{\"userId\": $admin, \"name\": \"Đo tải\", \"scopes\": [\"read\", \"write\"], \"expiresOn\": \"$(date -d '+30 days' +%F)\"}" \
  "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# The batches: ratios for two indicators, counts for two, ten months each; $2 shifts every figure.
python3 - "$work" "$batch" <<'PY'
import json, sys
work, size = sys.argv[1], int(sys.argv[2])
def items(shift):
    for u in range(1, 2501):
        unit = "B%05d" % u
        for m in range(1, 11):
            period = "2026-%02d" % m
            d = 100 + (u * 7 + m) % 400
            yield {"unit": unit, "indicator": "TTHC_DUNG_HAN_TINH", "period": period, "numerator": d - (u + m) % 17 - shift, "denominator": d}
            yield {"unit": unit, "indicator": "TTHC_DUNG_HAN_XA", "period": period, "numerator": d - (u * m) % 23 - shift, "denominator": d}
            yield {"unit": unit, "indicator": "NHIEM_VU_QUA_HAN", "period": period, "value": (u + m) % 5 + shift}
            yield {"unit": unit, "indicator": "BAO_CAO_TRE_HAN", "period": period, "value": (u * m) % 3 + shift}
for shift in (0, 1):
    rows = list(items(shift))
    for b in range(0, len(rows), size):
        with open("%s/batch-%d-%06d.json" % (work, shift, b), "w") as f:
            json.dump({"source": "mot-cua-tinh", "observations": rows[b:b + size]}, f)
    if shift == 0:
        with open("%s/floor.csv" % work, "w") as f:
            for r in rows:
                f.write("%s,%s,%s,%s,%s,%s\n" % (r["unit"], r["indicator"], r["period"], r.get("numerator", ""), r.get("denominator", ""), r.get("value", "")))
PY
push() {
  local shift=$1 label=$2 start end
  rm -f "$work"/answers.txt
  start=$(date +%s.%N)
  for f in "$work"/batch-"$shift"-*.json; do
    curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @"$f" \
      -w ' %{time_total}\n' "$base/api/v1/statistics/observations" >>"$work/answers.txt"
  done
  end=$(date +%s.%N)
  # the answers are added up after the clock stops
  python3 - "$work/answers.txt" "$label" "$(echo "$end - $start" | bc)" "$(sql -At -c 'select count(*) from statistic_observation')" <<'PY'
import json, sys
totals = {"accepted": 0, "replaced": 0, "unchanged": 0}
times = []
for line in open(sys.argv[1]):
    body, took = line.rsplit(" ", 1)
    for k, v in json.loads(body).items():
        totals[k] += v
    times.append(float(took))
print("%-34s %6.2f s  accepted %d, replaced %d, unchanged %d, rows now %s; per batch %.2f–%.2f s" % (sys.argv[2],
      float(sys.argv[3]), totals["accepted"], totals["replaced"], totals["unchanged"], sys.argv[4], min(times), max(times)))
PY
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); batches of $batch"
push 0 "100,000 new observations:"
push 0 "the same again (unchanged):"
push 1 "every figure changed (replaced):"

# The floor: the same rows straight into a copy of the table (same columns, checks, indexes and
# foreign keys), by COPY into a plain table and one insert … select looking up the ids.
sql <<SQL
create table bench_raw (unit text, indicator text, period text, numerator numeric, denominator numeric, value numeric);
create table bench_floor (like statistic_observation including all);
alter table bench_floor add foreign key (unit_id) references units_unit (id),
                        add foreign key (indicator_id) references statistic_indicator (id);
SQL
start=$(date +%s.%N)
sql <<SQL
\copy bench_raw from '$work/floor.csv' with (format csv)
insert into bench_floor (unit_id, indicator_id, period, period_start, period_end, source, numerator, denominator,
                         value, channel, recorded_by)
select u.id, i.id, r.period, to_date(r.period, 'YYYY-MM'), (to_date(r.period, 'YYYY-MM') + interval '1 month - 1 day')::date,
       'mot-cua-tinh', r.numerator, r.denominator, r.value, 'API', 'bench'
from bench_raw r join units_unit u on u.code = r.unit join statistic_indicator i on i.code = r.indicator;
SQL
end=$(date +%s.%N)
printf '%-34s %6.2f s  rows %s\n' "floor (COPY + insert … select):" "$(echo "$end - $start" | bc)" \
  "$(sql -At -c 'select count(*) from bench_floor')"
