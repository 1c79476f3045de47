#!/usr/bin/env bash
# JMH benchmark of each stage of analyze (load, graph, detect, report, and all four) on a typical
# case and on a 50,000-member network, next to the events-only parse floor (see bench/README.md).
# Usage: bench/jmh.sh [JMH OPTIONS]   (default: -f 1 -wi 3 -w 1s -i 5 -r 1s; -h lists JMH's options)
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-java}
mvn -q -B test-compile
mkdir -p bench/out
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/out/classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat bench/out/classpath.txt)"
echo "== $java -version"
"$java" -version 2>&1
echo "== JMH: average time per operation (us/op); parseEventsOnly is the floor"
if (( $# == 0 )); then set -- -f 1 -wi 3 -w 1s -i 5 -r 1s; fi
exec "$java" -cp "$cp" org.openjdk.jmh.Main PipelineBenchmark "$@"
