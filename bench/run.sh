#!/usr/bin/env bash
# Whole-process benchmarks of famstruct on generated, invented cases (see bench/README.md).
# Usage: bench/run.sh [RUNS]   (default 3 runs per measurement; prints each run and the best)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=bench/out
mvn -q -B -DskipTests package
mvn -q -B test-compile
cp="target/test-classes:target/classes:$(ls ~/.m2/repository/org/snakeyaml/snakeyaml-engine/3.2/snakeyaml-engine-3.2.jar)"
if [[ ! -d $out/corpus ]]; then
  java -cp "$cp" org.famstruct.bench.CorpusGenerator $out/corpus 2000 30
  java -cp "$cp" org.famstruct.bench.CorpusGenerator $out/large 1 50000
fi
echo "corpus: $(ls $out/corpus | wc -l) files, $(du -sh $out/corpus | cut -f1); large: $(du -h $out/large/*.yaml | cut -f1)"

measure() { # label, command...
  local label=$1; shift
  local best=
  for ((i = 1; i <= runs; i++)); do
    local t
    /usr/bin/time -o "$out/time.txt" -f "%e %M" "$@" >/dev/null 2>/dev/null || true
    t=$(tail -1 "$out/time.txt")
    echo "  $label run $i: ${t% *} s, $(( ${t#* } / 1024 )) MB peak RSS"
    best=$(printf '%s\n%s\n' "${best:-999}" "${t% *}" | sort -g | head -1)
  done
  echo "$label: best ${best} s"
}

measure "parse events only (floor), 2000 cases" java -cp "$cp" org.famstruct.bench.ParseEventsBaseline $out/corpus
jvm="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"   # what bin/famstruct uses
measure "validate, 2000 cases (java -jar, default JVM flags)" java -jar target/famstruct.jar validate -q $out/corpus
measure "validate, 2000 cases (bin/famstruct flags)" java $jvm -jar target/famstruct.jar validate -q $out/corpus
if java -jar target/famstruct.jar --help | grep -q '^  analyze'; then
  measure "analyze --format jsonl, 2000 cases (java -jar, default JVM flags)" java -jar target/famstruct.jar analyze --format jsonl $out/corpus
  measure "analyze --format jsonl, 2000 cases (bin/famstruct flags)" java $jvm -jar target/famstruct.jar analyze --format jsonl $out/corpus
fi
measure "parse events only (floor), 50,000 members" java -cp "$cp" org.famstruct.bench.ParseEventsBaseline $out/large
measure "validate -Xmx1g, 50,000 members" java -Xmx1g $jvm -jar target/famstruct.jar validate -q $out/large
if java -jar target/famstruct.jar --help | grep -q '^  analyze'; then
  measure "analyze -Xmx1g, 50,000 members" java -Xmx1g $jvm -jar target/famstruct.jar analyze --format jsonl $out/large
fi
