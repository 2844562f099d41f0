# Sourced by the benchmark scripts: start_app NAME PORT starts the packaged application on its own
# empty embedded PostgreSQL in a temporary directory, waits until it answers, and stops it (and
# removes the directory) when the script exits; APP_LOG=file keeps the application's log. Sets
# work, app, base and pgport, exports PGPASSWORD and PGTZ for psql, and defines sql (psql as the
# application's role).
start_app() {
  local name=$1 port=$2 jar
  jar=$(ls target/parindex-*.jar | grep -v original | head -n 1)
  base="http://localhost:$port"
  work=$(mktemp -d "/tmp/parindex-bench-$name.XXXX")
  trap 'status=$?
        if [ $status -ne 0 ]; then grep -E "ERROR|Exception" "$work/app.log" | head -n 20 || true; fi
        kill $app 2>/dev/null; wait $app 2>/dev/null || true
        cp "$work/app.log" "${APP_LOG:-/dev/null}" 2>/dev/null || true
        sleep 2; rm -rf "$work" 2>/dev/null || rm -rf "$work"' EXIT
  PARINDEX_DATA_DIR=$work/data PARINDEX_ADMIN_PASSWORD=Bench-Root-2026 SERVER_PORT=$port \
    java ${JAVA_OPTS:-} -jar "$jar" >"$work/app.log" 2>&1 &
  app=$!
  until curl -fs "$base/actuator/health" >/dev/null; do
    kill -0 "$app" 2>/dev/null || { tail -n 30 "$work/app.log"; exit 1; }
    sleep 0.5
  done
  # The embedded PostgreSQL: its port from the start-up line, the application role's password
  # from its file.
  pgport=$(sed -n 's/.*jdbc:postgresql:\/\/localhost:\([0-9]*\)\/.*/\1/p' "$work/app.log" | head -n 1)
  PGPASSWORD=$(sed -n 's/^parindex=//p' "$work/data/postgres-passwords.properties")
  export PGPASSWORD PGTZ=Asia/Ho_Chi_Minh
}

sql() { psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$pgport" -U parindex -d parindex "$@"; }
