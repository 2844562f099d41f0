#!/usr/bin/env bash
# Measures the first start (empty data directory: initdb + migrations), the second start (same
# data directory) and the resident memory after start-up of the packaged application with its
# embedded PostgreSQL. Usage: scripts/measure-startup.sh [runs]   (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/parindex-*.jar | grep -v original | head -n 1)
port=${PORT:-18080}

start_once() { # $1 data dir; prints "seconds rss_java_kb rss_postgres_kb"
  local data=$1 begin end pid
  begin=$(date +%s.%N)
  PARINDEX_DATA_DIR=$data SERVER_PORT=$port java -jar "$jar" >"$data.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "application died, see $data.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  sleep 2
  local java_rss pg_rss p
  java_rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  # PostgreSQL's processes share their buffers: add proportional set sizes, not RSS.
  pg_rss=0
  for p in $(pgrep -f "postgres"); do
    [ "$p" = "$pid" ] && continue
    pg_rss=$((pg_rss + $(awk '/^Pss:/{print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  kill -TERM "$pid"; wait "$pid" || true
  echo "$(echo "$end - $begin" | bc) $java_rss $pg_rss"
}

echo "run first_start_s second_start_s java_rss_mb postgres_pss_mb"
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d /tmp/parindex-bench.XXXX)/data
  read -r first _ _ < <(start_once "$data")
  read -r second java pg < <(start_once "$data")
  printf "%s %.2f %.2f %d %d\n" "$i" "$first" "$second" $((java / 1024)) $((pg / 1024))
  rm -rf "$(dirname "$data")"
done
