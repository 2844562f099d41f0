#!/usr/bin/env bash
# Scoring in PostgreSQL (issue 6): a synthetic campaign seeded into an embedded PostgreSQL that the
# harness starts itself, then full and incremental recomputation against PostgreSQL's own floor
# (SUM … GROUP BY + RANK()). See docs/benchmarks.md, "Scoring in PostgreSQL".
# Usage: scripts/bench-results.sh [units] [leaves] [runs] [warm-ups]   (default 10000 100 5 2)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java ${JAVA_OPTS:--Xmx4g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.parindex.scoring.bench.ResultsDatabaseBenchmark "$@"
