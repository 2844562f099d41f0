#!/usr/bin/env bash
# JMH benchmarks of the scoring engine (issue 6): full recomputation of a synthetic campaign of
# 10,000 units × 100 leaves, and one unit's recomputation plus re-ranking of the 10,000.
# Usage: scripts/bench-engine.sh [JMH options]   e.g. scripts/bench-engine.sh -f 1 -wi 3 -i 5
# Settings (forks, warm-up, iterations) are on EngineBenchmark; JMH options given here override them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
classpath=target/bench-classpath.txt
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$classpath")" org.openjdk.jmh.Main \
  'vn.parindex.engine.bench.EngineBenchmark' -foe true -rf json -rff target/jmh-engine.json "$@"
