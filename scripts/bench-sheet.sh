#!/usr/bin/env bash
# Load test of the scoring sheet (issue 4): render and save on a sheet of 100 leaves, with wrk,
# 50 concurrent connections, each signed in with its own session like a person.
# Usage: mvn -B package -DskipTests && scripts/bench-sheet.sh [seconds] [think-ms]
# With think-ms, each of the 50 connections waits a random 0..2×think-ms between its requests,
# like a person reading and typing; without it they send back to back (the saturation case).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
think=${2:-0}
jar=$(ls target/parindex-*.jar | grep -v original | head -n 1)
port=${PORT:-18095}
base="http://localhost:$port"
work=$(mktemp -d /tmp/parindex-bench-sheet.XXXX)
admin="admin:Bench-Root-2026"
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"' EXIT

PARINDEX_DATA_DIR=$work/data PARINDEX_ADMIN_PASSWORD=Bench-Root-2026 SERVER_PORT=$port \
  java ${JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
app=$!
until curl -fs "$base/actuator/health" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { tail -n 30 "$work/app.log"; exit 1; }
  sleep 0.5
done

json() { curl -fs -u "$admin" -H 'Content-Type: application/json' "$@"; }

# A framework of 10 areas × 10 leaves = 100 leaves, every rule kind among them.
curl -fs -u "$admin" "$base/api/v1/frameworks/template" -o "$work/template.xlsx"
fw=$(curl -fs -u "$admin" -F "file=@$work/template.xlsx" -F name=Bench -F year=2025 -F targetGroup=PROVINCE \
  "$base/api/v1/frameworks" | sed 's/[^0-9]//g')
for area in $(seq 1 10); do
  json -X POST "$base/api/v1/frameworks/$fw/nodes" \
    -d "{\"code\":\"B$area\",\"name\":\"Lĩnh vực $area\",\"maxPoints\":1}" >/dev/null
  for leaf in $(seq 1 10); do
    json -X POST "$base/api/v1/frameworks/$fw/nodes" -d "{\"code\":\"B$area.$leaf\",\"parent\":\"B$area\",
      \"name\":\"Tiêu chí $area.$leaf\",\"maxPoints\":1,\"rule\":\"MANUAL\",\"ruleParams\":\"step=0.25\",
      \"evidenceRequired\":false}" >/dev/null
  done
done
for code in 1 2 3; do json -X DELETE "$base/api/v1/frameworks/$fw/nodes/$code" >/dev/null; done
# 50 provinces, each with its officer: 50 people at work on 50 sheets at once.
codes=""
for i in $(seq 1 50); do
  json -X POST "$base/api/v1/units" -d "{\"code\":\"B$i\",\"name\":\"Tỉnh đo tải $i\",\"type\":\"PROVINCE\"}" >/dev/null
  codes="$codes${codes:+,}\"B$i\""
done
campaign=$(json -X POST "$base/api/v1/campaigns" \
  -d "{\"name\":\"Đo tải\",\"year\":2025,\"frameworkId\":$fw,\"unitCodes\":[$codes]}" | sed 's/[^0-9]//g')

sessions="$work/sessions.txt"
: >"$sessions"
for i in $(seq 1 50); do
  unit=$(json "$base/api/v1/units/B$i" | sed 's/.*"id":\([0-9]*\).*/\1/')
  json -X POST "$base/api/v1/users" -d "{\"username\":\"bench.officer.$i\",\"displayName\":\"Cán bộ $i\",
    \"password\":\"Bench-Officer-2026\",\"roles\":[\"UNIT_OFFICER\"],\"unitId\":$unit}" >/dev/null
  jar_file="$work/cookies-$i"
  csrf=$(curl -fs -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fs -b "$jar_file" -c "$jar_file" -o /dev/null --data-urlencode "username=bench.officer.$i" \
    --data-urlencode "password=Bench-Officer-2026" --data-urlencode "_csrf=$csrf" "$base/login"
  page=$(curl -fs -b "$jar_file" "$base/campaigns/$campaign/sheets/$unit")
  token=$(echo "$page" | sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' | head -n 1)
  cookie=$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_file")
  echo "$cookie $token /campaigns/$campaign/sheets/$unit" >>"$sessions"
done
leaves=$(echo "$page" | grep -c 'class="card mb-2 pi-leaf')
echo "50 sheets of $leaves leaves each, campaign $campaign"

cat >"$work/common.lua" <<LUA
local sessions = {}
for line in io.lines("$sessions") do
  local cookie, token, path = line:match("(%S+) (%S+) (%S+)")
  table.insert(sessions, {cookie = cookie, token = token, path = path})
end
local think = $think
function delay()
  if think == 0 then return 0 end
  return math.random(0, 2 * think)
end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("first", counter)
end
function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
cat "$work/common.lua" - >"$work/render.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local s = sessions[(n % #sessions) + 1]
  return wrk.format("GET", s.path, {["Cookie"] = s.cookie})
end
LUA
cat "$work/common.lua" - >"$work/save.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local s = sessions[(n % #sessions) + 1]
  local leaf = "B" .. (n % 10 + 1) .. "." .. (math.floor(n / 10) % 10 + 1)
  local body = "value=" .. ((n % 5) * 0.25)
  return wrk.format("POST", s.path .. "/leaves/" .. leaf,
    {["Cookie"] = s.cookie, ["X-CSRF-TOKEN"] = s.token, ["HX-Request"] = "true",
     ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end
LUA
# Warm-up (not reported): the JIT compiles the hot paths, as JMH's warm-up iterations do.
wrk -t2 -c50 -d10s -s "$work/render.lua" "$base" >/dev/null
wrk -t2 -c50 -d10s -s "$work/save.lua" "$base" >/dev/null
echo "render (GET sheet page), 50 connections, ${seconds}s:"
wrk -t2 -c50 -d"${seconds}s" -s "$work/render.lua" "$base" | tail -n 1
echo "save one leaf (htmx POST, answers with the row and the totals), 50 connections, ${seconds}s:"
wrk -t2 -c50 -d"${seconds}s" -s "$work/save.lua" "$base" | tail -n 1
