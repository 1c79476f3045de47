#!/usr/bin/env bash
# Start-up of famstruct on one small file (see bench/README.md): whole-process times through
# bin/famstruct next to a plain `java -version` of the same JDK, then where one run's time goes.
# Usage: bench/startup.sh [RUNS]   (default 20; hyperfine when installed, else /usr/bin/time)
#   STARTUP_FILE=examples/other.yaml   the file (default: a small example)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
file=${STARTUP_FILE:-examples/strong-parental-alliance.yaml}
out=bench/out
mkdir -p "$out"

bin/famstruct --version >/dev/null            # builds the jar when needed
# Waits for the launcher's CDS/AOT training run (a lock directory while it runs), up to 2 minutes.
for _ in $(seq 120); do
  compgen -G "target/jvm-cache/*.lock" >/dev/null || break
  sleep 1
done
read -r -a launch <<<"$(FAMSTRUCT_SHOW_JAVA=1 bin/famstruct --version 2>&1 >/dev/null | sed 's/^famstruct: //')"
java=${launch[0]}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); java: $java"
echo "archive: $(printf '%s\n' "${launch[@]}" | grep -E 'AOTCache=|SharedArchiveFile=' || echo none)"

commands=("$java -version" "bin/famstruct --version" "bin/famstruct analyze $file" "bin/famstruct validate $file")
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 -r "$runs" --export-json "$out/startup.json" "${commands[@]}" >/dev/null
  # Mean wall and CPU (user + system) of each, and the ratio to java -version.
  python3 - "$out/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
reference = results[0]["mean"]
for r in results:
    print(f'{r["command"]:<60} wall {r["mean"]*1000:6.0f} ± {r["stddev"]*1000:4.0f} ms'
          f'  cpu {(r["user"] + r["system"])*1000:5.0f} ms  {r["mean"] / reference:4.1f} x java -version')
PY
else
  for c in "${commands[@]}"; do
    read -r -a words <<<"$c"
    /usr/bin/time -f "$c: %e s wall, %U+%S s cpu" "${words[@]}" >/dev/null
  done
fi

# Interleaved rounds: java -version, analyze and validate one after the other, RUNS times, so a
# change in the machine's speed (this VM's varies by a third within minutes) weighs on all three
# alike; the median of each, and the median of each round's ratio to java -version.
interleaved() {
  local i start t v a w
  local -a vs=() as=() ws=()
  ms() { local s=$1 e=$2; echo $(( (${e/./} - ${s/./}) / 1000 )); }
  for ((i = 0; i < runs; i++)); do
    start=$EPOCHREALTIME; "$java" -version 2>/dev/null; v=$(ms "$start" "$EPOCHREALTIME")
    start=$EPOCHREALTIME; bin/famstruct analyze "$file" >/dev/null; a=$(ms "$start" "$EPOCHREALTIME")
    start=$EPOCHREALTIME; bin/famstruct validate "$file" >/dev/null; w=$(ms "$start" "$EPOCHREALTIME")
    vs+=("$v") as+=("$a") ws+=("$w")
  done
  python3 - "${vs[*]}" "${as[*]}" "${ws[*]}" <<'PY'
import statistics, sys
v, a, w = ([int(x) for x in arg.split()] for arg in sys.argv[1:4])
print(f"interleaved, {len(v)} rounds, medians: java -version {statistics.median(v):.0f} ms, "
      f"analyze {statistics.median(a):.0f} ms, validate {statistics.median(w):.0f} ms; "
      f"median ratio to java -version: analyze {statistics.median(x / y for x, y in zip(a, v)):.2f}, "
      f"validate {statistics.median(x / y for x, y in zip(w, v)):.2f}")
PY
}
interleaved

# One run with the JVM's class-initialization log: the first use of a class dates each phase.
phases() { # label, arguments of famstruct
  local label=$1 log="$out/startup-init.log"; shift
  FAMSTRUCT_JAVA_OPTS="-Xlog:class+init=info:file=$log:uptime" bin/famstruct "$@" >/dev/null 2>&1 || true
  awk -v label="$label" '
    function at(line) { return substr(line, 2, index(line, "s]") - 2) * 1000 }
    /Initializing .org\/famstruct\/cli\/Main./ && !main { main = at($0) }
    /Initializing .org\/famstruct\/(pipeline|load)\// && !work { work = at($0) }
    /Initializing .java\/lang\/Shutdown./ && !shutdown { shutdown = at($0) }
    { last = at($0) }
    END { printf "%-10s JVM to main %4.0f ms | picocli (model, parse) %4.0f | the work %4.0f | exit %3.0f | total %4.0f ms\n",
                 label, main, work - main, shutdown - work, last - shutdown, last }' "$log"
}
echo "where one run's time goes (a single run each; dated by the first use of a class):"
phases analyze analyze "$file"
phases validate validate "$file"
