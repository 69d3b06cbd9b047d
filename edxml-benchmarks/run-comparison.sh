#!/usr/bin/env bash
# Runs the comparison of issue 8 and writes edxml-benchmarks/RESULTS.md:
#   JMH benchmarks of every operation on the three workloads (plain-DOM Santuario and the SHA-256+base64 limit
#   measured in the same runs), xmlsec1 signing and verifying the same packages (median wall time of repeated runs,
#   process start included), and our sign/verify of the 100 MB package in a JVM capped at -Xmx128m.
# Fully automatic and idempotent: builds the benchmarks jar if needed, generates the workloads in a temporary folder
# (or in $EDXML_BENCH_DIR if set, kept between runs), overwrites RESULTS.md.
# Options (environment): EDXML_BENCH_QUICK=1 for a short smoke run (fewer iterations; numbers not meaningful),
#   EDXML_BENCH_NOTE="..." a line about the machine's load written into the results,
#   EDXML_BENCH_JMH_OPTS="-wi 2 -i 3" JMH options replacing the annotations' iterations (a loaded machine, less time),
#   EDXML_BENCH_INCLUDE="PackageBenchmark|LargeBenchmark" which JMH benchmarks run (a regular expression; all by default),
#   EDXML_BENCH_PROCESS_RUNS=9 runs of each short process (issue 19: the edxml launcher against xmlsec1),
#   EDXML_BENCH_BATCH_RUNS=3 BatchRun pairs (0: none), EDXML_BENCH_STATS_COUNT=all packages of the batch for stats.
set -euo pipefail

MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$MODULE/.." && pwd)"
JAR="$MODULE/target/benchmarks.jar"
JAVA="${JAVA:-java}"

need() { command -v "$1" >/dev/null 2>&1 || { echo "run-comparison: '$1' is required" >&2; exit 2; }; }
need "$JAVA"; need python3; need xmlsec1; need mvn

# 1. build the jar when it is missing or older than any source of the modules it contains
stale=0
if [[ ! -f "$JAR" ]]; then
  stale=1
elif [[ -n "$(find "$ROOT/edxml-model/src/main" "$ROOT/edxml-sign/src/main" "$ROOT/edxml-validate/src/main" \
                 "$MODULE/src/main" "$MODULE/pom.xml" -newer "$JAR" -type f -print -quit)" ]]; then
  stale=1
fi
if (( stale )); then
  echo "== building the benchmarks jar"
  (cd "$ROOT" && { mvn -B -q -o package -pl edxml-benchmarks -am -DskipTests -Dmaven.javadoc.skip=true \
      || mvn -B -q package -pl edxml-benchmarks -am -DskipTests -Dmaven.javadoc.skip=true; })
fi

# 2. workloads
if [[ -n "${EDXML_BENCH_DIR:-}" ]]; then
  WORK="$EDXML_BENCH_DIR"; mkdir -p "$WORK"; CLEAN=0
else
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/edxml-bench.XXXXXX")"; CLEAN=1
fi
export EDXML_BENCH_DIR="$WORK"
OUT="$WORK/out"; mkdir -p "$OUT"
# the reader keeps large attachments in temporary files: those of the benchmark JVMs go here and are removed
TMP="$WORK/tmp"; mkdir -p "$TMP"
cleanup() { rm -rf "$TMP"; if (( CLEAN )); then rm -rf "$WORK"; fi; }
trap cleanup EXIT
echo "== workloads in $WORK"
"$JAVA" -Djava.io.tmpdir="$TMP" -cp "$JAR" dev.edxml.bench.Workloads "$WORK" 2>&1 | grep -v '^SLF4J' || true
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
START_TIME="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

# 3. JMH: every benchmark, the iterations set in the annotations (or a smoke run)
JMH_OPTS=()
if [[ "${EDXML_BENCH_QUICK:-0}" == 1 ]]; then
  JMH_OPTS=(-wi 0 -i 1 -r 1)
elif [[ -n "${EDXML_BENCH_JMH_OPTS:-}" ]]; then
  read -r -a JMH_OPTS <<< "$EDXML_BENCH_JMH_OPTS"
fi
if [[ -n "${EDXML_BENCH_INCLUDE:-}" ]]; then
  JMH_OPTS+=("$EDXML_BENCH_INCLUDE")
fi
echo "== JMH"
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$TMP" "$JAVA" -jar "$JAR" "${JMH_OPTS[@]}" -rf json -rff "$OUT/jmh.json" 2>&1 | grep -v -e '^SLF4J' -e '^Picked up JAVA_TOOL_OPTIONS' | tee "$OUT/jmh.log" \
  | grep -E '^(# Benchmark:|Benchmark|[A-Za-z]+Benchmark\.)' || true
rm -rf "$TMP"; mkdir -p "$TMP"

# 4. xmlsec1 on the same packages: median wall time of repeated runs (process start included)
echo "== xmlsec1"
python3 - "$WORK" "$OUT/xmlsec.json" "${EDXML_BENCH_QUICK:-0}" <<'PY'
import json, subprocess, sys, time, statistics, os
work, out, quick = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
keys = os.path.join(work, "keys")
runs = {"small": 5 if quick else 30, "typical": 3 if quick else 15, "large": 1 if quick else 5}
res = {}
def timed(cmd):
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    dt = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit("xmlsec1 failed: " + " ".join(cmd) + "\n" + p.stdout.decode(errors="replace")[-2000:])
    return dt
for name, n in runs.items():
    signed_out = os.path.join(work, "out", name + "-xmlsec-signed.edxml")
    sign = [timed(["xmlsec1", "--sign", "--privkey-pem", os.path.join(keys, "key.pem") + "," + os.path.join(keys, "cert.pem"),
                   "--output", signed_out, os.path.join(work, name + "-template.edxml")]) for _ in range(n)]
    verify = [timed(["xmlsec1", "--verify", "--trusted-pem", os.path.join(keys, "ca.pem"),
                     os.path.join(work, name + "-signed.edxml")]) for _ in range(n)]
    noop = [timed(["xmlsec1", "--version"]) for _ in range(n)]
    res[name] = {"sign_s": statistics.median(sign), "verify_s": statistics.median(verify),
                 "start_s": statistics.median(noop), "runs": n}
    print(name, res[name])
res["version"] = subprocess.run(["xmlsec1", "--version"], stdout=subprocess.PIPE).stdout.decode().strip()
json.dump(res, open(out, "w"), indent=1)
PY

# 5. our sign and verify of the 100 MB package with the heap capped at 128 MB
echo "== LargeRun -Xmx128m"
"$JAVA" -Xmx128m -Djava.io.tmpdir="$TMP" -cp "$JAR" dev.edxml.bench.LargeRun "$WORK" \
  "$([[ "${EDXML_BENCH_QUICK:-0}" == 1 ]] && echo 1 || echo 3)" 2>&1 | grep -v '^SLF4J' | tee "$OUT/largerun.txt"

# 6. batch validation with one core and with two, alternately (three times each unless quick)
echo "== BatchRun, 1 and 2 cores alternately"
: > "$OUT/batchrun.txt"
for i in $(seq 1 "$([[ "${EDXML_BENCH_QUICK:-0}" == 1 ]] && echo 1 || echo "${EDXML_BENCH_BATCH_RUNS:-3}")"); do
  for c in 1 2; do
    "$JAVA" -XX:ActiveProcessorCount=$c -Xmx1g -cp "$JAR" dev.edxml.bench.BatchRun "$WORK" 2>&1 | grep -v '^SLF4J' \
      | tee -a "$OUT/batchrun.txt"
  done
done

# 6b. issue 19: whole processes, the edxml launcher (edxml-cli/target/edxml/bin/edxml, with its class-data archive)
#     against xmlsec1 on the same packages, interleaved run by run; medians of wall and CPU time, peak RSS
LAUNCHER="$ROOT/edxml-cli/target/edxml/bin/edxml"
if [[ ! -x "$LAUNCHER" ]]; then
  echo "== building the launcher (edxml-cli)"
  (cd "$ROOT" && mvn -B -q -o install -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip)
fi
echo "== processes: edxml launcher and xmlsec1"
python3 "$MODULE/process-runs.py" "$WORK" "$LAUNCHER" "$OUT/processes.json" \
  "$([[ "${EDXML_BENCH_QUICK:-0}" == 1 ]] && echo 1 || echo "${EDXML_BENCH_PROCESS_RUNS:-9}")" | tee "$OUT/processes.txt" \
  || echo "process runs failed: their section is left out"

# 6c. issue 19: edxml stats over the batch and over a fifth of it (packages per second, peak memory by count)
echo "== stats: edxml stats over the batch"
python3 "$MODULE/stats-runs.py" "$WORK" "$LAUNCHER" "$OUT/stats.json" | tee "$OUT/stats.txt" \
  || echo "stats runs failed: their section is left out"

# 6d. issue 19: the small package in process against plain-DOM Santuario, by CPU time, alternated in one JVM
echo "== CpuRatio: small package, ops per CPU-second"
"$JAVA" -Xmx1g -cp "$MODULE/target/classes:$JAR" dev.edxml.bench.CpuRatio "$WORK" 2>&1 | grep -v '^SLF4J' \
  | tee "$OUT/cpuratio.txt" || echo "CpuRatio failed: its section is left out"

# 7. the table
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
python3 "$MODULE/render-results.py" --out "$MODULE/RESULTS.md" --jmh "$OUT/jmh.json" --xmlsec "$OUT/xmlsec.json" \
  --largerun "$OUT/largerun.txt" --batchrun "$OUT/batchrun.txt" --processes "$OUT/processes.json" \
  --stats "$OUT/stats.json" --cpuratio "$OUT/cpuratio.txt" --work "$WORK" --start "$START_TIME" --load-start "$LOAD_START" \
  --load-end "$LOAD_END" --java "$("$JAVA" -version 2>&1 | head -1)" --note "${EDXML_BENCH_NOTE:-}" \
  --quick "${EDXML_BENCH_QUICK:-0}"
echo "== written $MODULE/RESULTS.md"
