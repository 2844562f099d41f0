#!/usr/bin/env bash
# Load test of survey response intake (issue 12): POST /api/v1/public/responses with 20 answers
# each, every request a distinct pre-issued token, with wrk; then every row counted (0 lost), one
# token submitted 100 times at once (exactly 1 stored), and the floor: the same token update and
# response insert done straight in PostgreSQL with pgbench (prepared statements).
# Usage: mvn -B package -DskipTests && scripts/bench-survey-intake.sh [seconds] [connections] [tokens]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-64}
tokens=${3:-200000}
. scripts/bench-app.sh
start_app intake "${PORT:-18093}"

# An instrument of 20 questions (12 five-point scales, 8 choices A–D, all with "cannot judge"), one
# group, a survey open today over 34 units, and the tokens: token i is "z" followed by i in 25
# hexadecimal digits written with letters only (0-9 as k-t), so that wrk's script can rebuild it.
sql <<SQL
insert into survey_instrument (name, year, layout) values ('Đo tải', 2026, 'ONE_PAGE');
insert into survey_group values (1, 0, 'CD', 'Người dân', 1);
insert into survey_question (instrument_id, position, code, text, type, options, cannot_judge)
select 1, q, 'Q' || q, 'Câu hỏi ' || q, case when q <= 12 then 'SCALE' else 'CHOICE' end,
       case when q <= 12 then 'scale=5' else 'A. Rất tốt=100%; B. Tốt=60%; C. Chưa tốt=20%; D. Kém=0%' end, true
from generate_series(1, 20) q;
insert into survey_survey (campaign_id, instrument_id, name, opens_on, closes_on)
values (1, 1, 'Đo tải', (now() at time zone 'Asia/Ho_Chi_Minh')::date - 1, (now() at time zone 'Asia/Ho_Chi_Minh')::date + 30);
insert into survey_unit select 1, u from generate_series(1, 34) u;
insert into survey_token (survey_id, unit_id, group_code, digest)
select 1, 1 + i % 34, 'CD', sha256(convert_to('z' || translate(lpad(to_hex(i), 25, '0'), '0123456789', 'klmnopqrst'), 'UTF8'))
from generate_series(1, $tokens + 100000) i;
analyze survey_token;
SQL
echo "$tokens tokens issued (and 100,000 more for the floor), 20 questions each"

cat >"$work/intake.lua" <<'LUA'
local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("first", counter)
  table.insert(threads, thread)
end
function init(args)
  n = first
  step = tonumber(args[1])
  offset = tonumber(args[2])
  durations = {95, 140, 210, 180, 260, 320}
end
local function token(i)
  local hex = string.format("%025x", i)
  return "z" .. (hex:gsub("%d", function(d) return string.char(107 + tonumber(d)) end))
end
request = function()
  local i = offset + n
  n = n + step
  local answers = {}
  for q = 1, 12 do answers[#answers + 1] = string.format('"Q%d": %d', q, 1 + (i + q) % 5) end
  local letters = {"A", "B", "C", "D"}
  for q = 13, 20 do
    if (i + q) % 11 == 0 then answers[#answers + 1] = string.format('"Q%d": null', q)
    else answers[#answers + 1] = string.format('"Q%d": "%s"', q, letters[1 + (i * q) % 4]) end
  end
  local body = string.format('{"token": "%s", "answers": {%s}, "durationSeconds": %d}', token(i),
    table.concat(answers, ", "), durations[1 + i % #durations])
  return wrk.format("POST", "/api/v1/public/responses", {["Content-Type"] = "application/json"}, body)
end
function done(summary, latency, requests)
  local ok = summary.requests - summary.errors.status
  io.write(string.format("requests %d, stored (201) %d, refused (non-2xx) %d, socket errors %d, %.0f stored/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, ok, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    ok / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("STORED %d\n", ok))
end
LUA

threads=2
# Each wrk thread submits tokens first, first + 2, … from its offset: the warm-up takes the first
# half of the tokens' range, the measured run the second, so no token is sent twice.
echo "warm-up (not reported), 10 s:"
wrk -t$threads -c"$connections" -d10s --timeout 30s -s "$work/intake.lua" "$base" -- $threads 0 | grep -E "^requests"
warm=$(sql -At -c "select count(*) from survey_response")
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "intake, $connections connections, ${seconds}s:"
wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 30s -s "$work/intake.lua" "$base" -- $threads $((tokens / 2)) | tee "$work/run.txt" | grep -E "^requests"
sleep 1
stored=$(sed -n 's/^STORED //p' "$work/run.txt")
rows=$(sql -At -c "select count(*) from survey_response")
submitted=$(sql -At -c "select count(*) from survey_token where state = 'SUBMITTED'")
# lost: a token marked submitted without its response (or the reverse); a 201 without a row
echo "rows after the run: $rows (before it: $warm; answered 201 in the run: $stored; tokens submitted: $submitted)"
echo "lost: $((submitted - rows)) (tokens submitted without a row), $((warm + stored - rows > 0 ? warm + stored - rows : 0)) (201 answers without a row)"
sql -At -c "select 'flags: ' || string_agg(f || ' ' || n, ', ') from (select coalesce(nullif(flags, ''), 'none') f, count(*) n from survey_response group by 1 order by 1) x"

# One token submitted 100 times at the same instant.
one=$(printf 'z%s' "$(printf '%025x' $((tokens + 1)) | tr '0123456789' 'klmnopqrst')")
body="{\"token\": \"$one\", \"answers\": {$(for q in $(seq 1 12); do printf '"Q%d": 3, ' $q; done; for q in $(seq 13 19); do printf '"Q%d": "B", ' $q; done)\"Q20\": \"A\"}, \"durationSeconds\": 200}"
before=$(sql -At -c "select count(*) from survey_response")
seq 1 100 | xargs -P 100 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
  -d "$body" "$base/api/v1/public/responses" | sort | uniq -c | tr '\n' ' '
echo "— rows added: $(( $(sql -At -c "select count(*) from survey_response") - before ))"

# The floor: PostgreSQL alone doing what one submission writes (the token marked submitted, the
# response inserted with its answers' JSON text), one transaction each, prepared, 64 clients.
answers='{"Q1": 3, "Q2": 4, "Q3": 1, "Q4": 5, "Q5": 2, "Q6": 3, "Q7": 4, "Q8": 1, "Q9": 5, "Q10": 2, "Q11": 3, "Q12": 4, "Q13": "A", "Q14": "B", "Q15": "C", "Q16": null, "Q17": "D", "Q18": "A", "Q19": "B", "Q20": "C"}'
cat >"$work/floor.sql" <<SQL
\set id random($tokens + 2, $tokens + 100000)
begin;
update survey_token set state = 'SUBMITTED' where id = :id and state in ('NEW', 'STARTED');
insert into survey_response (id, survey_id, unit_id, group_code, channel, submitted_on, duration_seconds, flags, answers)
values (gen_random_uuid(), 1, 1 + :id % 34, 'CD', 'WEB', current_date, 200, '', '$answers');
commit;
SQL
echo "floor: pgbench, one transaction per response, $connections clients, ${seconds}s:"
pgbench -n -M prepared -h localhost -p "$pgport" -U parindex -c "$connections" -j 2 -T "$seconds" -f "$work/floor.sql" parindex \
  | grep -E "tps|latency average"
