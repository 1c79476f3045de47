#!/usr/bin/env bash
# Whole-process benchmarks of famstruct on generated, invented cases (see bench/README.md): the
# real command through bin/famstruct, next to a plain `java -version` and to the floor (only
# SnakeYAML Engine's events of the same files, in one JVM with the same JDK and flags).
# Usage: bench/run.sh [RUNS]   (default 3 runs per measurement; prints each run and the best)
#   BENCH_SIZES="10000 20000 50000 100000 200000"  members of the single-file scaling series
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
sizes=${BENCH_SIZES:-10000 20000 50000 100000 200000}
out=bench/out
mkdir -p "$out"

bin/famstruct --version >/dev/null            # builds the jar when needed
mvn -q -B test-compile
# Waits for the launcher's CDS/AOT training run (a lock directory while it runs), up to 2 minutes.
for _ in $(seq 120); do
  compgen -G "target/jvm-cache/*.lock" >/dev/null || break
  sleep 1
done
bin/famstruct --version >/dev/null
# The JVM and flags bin/famstruct uses (it prints its command when FAMSTRUCT_SHOW_JAVA=1).
read -r -a launch <<<"$(FAMSTRUCT_SHOW_JAVA=1 bin/famstruct --version 2>&1 >/dev/null | sed 's/^famstruct: //')"
java=${launch[0]}
jvm=()
for flag in "${launch[@]:1}"; do
  [[ $flag == -jar ]] && break
  [[ $flag == -XX:SharedArchiveFile=* || $flag == -XX:AOTCache=* ]] || jvm+=("$flag")
done
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
gen() { "$java" -cp "$cp" org.famstruct.bench.CorpusGenerator "$@"; }
[[ -d $out/corpus ]] || gen $out/corpus 2000 30
[[ -d $out/large ]] || gen $out/large 1 50000
for n in $sizes; do [[ -d $out/scale-$n ]] || gen "$out/scale-$n" 1 "$n"; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $java ($("$java" -version 2>&1 | head -1)); flags: ${jvm[*]}"
echo "corpus: $(find $out/corpus -name '*.yaml' | wc -l) files, $(du -sh $out/corpus | cut -f1); large: $(du -h $out/large/*.yaml | cut -f1)"

best='' rss=''
measure() { # label, command...: prints each run (wall s, peak RSS); sets $best (s) and $rss (largest, MB)
  local label=$1; shift
  best='' rss=0
  for ((i = 1; i <= runs; i++)); do
    local t mb
    /usr/bin/time -o "$out/time.txt" -f "%e %M" "$@" >/dev/null 2>/dev/null || true
    t=$(tail -1 "$out/time.txt")
    mb=$(( ${t#* } / 1024 ))
    echo "  $label run $i: ${t% *} s, $mb MB peak RSS"
    best=$(printf '%s\n%s\n' "${best:-999}" "${t% *}" | sort -g | head -1)
    (( mb > rss )) && rss=$mb
  done
  echo "$label: best ${best} s"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
floor=("$java" "${jvm[@]}" -cp "$cp" org.famstruct.bench.ParseEventsBaseline)

echo "== start-up"
measure "java -version" "$java" -version; reference=$best
measure "bin/famstruct --version" bin/famstruct --version
measure "bin/famstruct analyze, one small file" bin/famstruct analyze examples/psychosomatic-detouring.yaml; one=$best
measure "java -jar (no launcher flags, no archive), one small file" "$java" -jar target/famstruct.jar analyze examples/psychosomatic-detouring.yaml
echo "one small file: $(ratio "$one" "$reference") x java -version"

echo "== corpus (2,000 cases)"
measure "floor: parse events only, 2000 cases" "${floor[@]}" $out/corpus; corpus_floor=$best
measure "validate, 2000 cases" bin/famstruct validate -q $out/corpus
measure "analyze --format jsonl, 2000 cases" bin/famstruct analyze --format jsonl $out/corpus; corpus=$best
echo "analyze jsonl: $(ratio "$corpus" "$corpus_floor") x the floor"

echo "== one large network, and the cost per relationship as it grows"
table=$(printf '%-9s %-13s %-8s %-10s %-8s %-8s %s' members relationships floor_s analyze_s x_floor peak_MB us_per_relationship)
for n in $sizes; do
  file=$(ls "$out/scale-$n"/*.yaml)
  relationships=$(grep -c -E '^  - \{(between|from):' "$file")
  measure "floor, $n members" "${floor[@]}" "$file"; f=$best
  measure "analyze, $n members" bin/famstruct analyze --format jsonl "$file"; a=$best
  table+=$'\n'$(printf '%-9s %-13s %-8s %-10s %-8s %-8s %s' "$n" "$relationships" "$f" "$a" "$(ratio "$a" "$f")" "$rss" \
    "$(awk -v a="$a" -v r="$relationships" 'BEGIN { printf "%.1f", a * 1e6 / r }')")
done
echo "$table"
