#!/usr/bin/env bash
# Survey results at national scale (issue 12): a survey of 50,000 responses × 30 questions for 34
# units seeded into an embedded PostgreSQL the harness starts itself; the results computation and
# the recomputation of the stored leaf scores against PostgreSQL's own floor (jsonb_each … GROUP BY),
# and the exports streamed under a small heap. See docs/benchmarks.md, "Survey results".
# Usage: scripts/bench-survey-results.sh [responses] [questions] [units] [runs] [warm-ups]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java ${JAVA_OPTS:--Xmx256m} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.parindex.survey.SurveyResultsBenchmark "$@"
