#!/usr/bin/env bash
# Before/after on the same machine, alternated: bench/run.sh in two checkouts, A B A B ..., each run's tables kept.
#   bench/compare.sh /tmp/perf-before . 3                       3 runs each, both cores
#   COMPARE_TASKSET="taskset -c 0" bench/compare.sh /tmp/perf-before . 3      pinned to one core (Lambda's one vCPU)
# BENCH_ROUNDS, BENCH_WARM etc. pass through. The harness (bench/src) of the second checkout is used in both, so both
# are measured the same way. Prints one summary line per run; the full tables are in each checkout's bench/results.
set -euo pipefail
BEFORE=$(cd "$1" && pwd); AFTER=$(cd "${2:-.}" && pwd); RUNS=${3:-3}
read -r -a TS <<< "${COMPARE_TASKSET:-}"
if [[ "$BEFORE" != "$AFTER" ]]; then
  rm -rf "$BEFORE/bench/src" && cp -r "$AFTER/bench/src" "$BEFORE/bench/src"
  cp "$AFTER/bench/run.sh" "$AFTER/bench/dynalite-keepalive.js" "$BEFORE/bench/"
fi
summary() { # the figures issue 23 asks for, from one report
  python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
cold = {}
for m in re.finditer(r"^\| (\S+) \| ([0-9.]+) \| [0-9.]+ \| [0-9.]+ \| ([0-9.]+) \| (\d+) \| [0-9.]+ \| ([0-9.]+) \| [0-9.]+ \| (\d+) \| (\d+) \| ([0-9.]+) \|$", t, re.M):
    cold[m.group(1)] = m.groups()
warm = {}
for m in re.finditer(r"^\| (\S+(?: primed)?) \| ([0-9.]+) \|.*\| ([0-9.]+) \| (\d+) \| (\d+) \| ([0-9.]+) \|$", t, re.M):
    warm[m.group(1)] = m.groups()
e, b = cold["EstimatesFunction"], cold["minimal-sdk"]
print(f"cold {float(e[1]):.3f}s vs minimal {float(b[1]):.3f}s = {float(e[2]):.2f}x; init {e[5]} vs {b[5]} ms;"
      f" 1st invoke {e[6]} vs {b[6]} ms (gap {int(e[6]) - int(b[6]):+d}); RSS {e[3]} vs {b[3]} MB;"
      f" primed 1st estimate {warm['EstimatesFunction primed'][5]} ms; warm requests {warm['EstimatesFunction'][2]}"
      f" (max {warm['EstimatesFunction'][3]}); jar {e[7]} MB")
PY
}
for i in $(seq "$RUNS"); do
  for dir in "$BEFORE" "$AFTER"; do
    label=$([[ $dir == "$BEFORE" ]] && echo before || echo after)
    (cd "$dir" && mkdir -p bench/results && "${TS[@]}" bench/run.sh >/dev/null 2>"bench/results/compare-$label-$i.err")
    echo "run $i $label ($(git -C "$dir" rev-parse --short HEAD)${TS[*]:+, ${TS[*]}}): $(summary "$dir/bench/results/latest.md") | load $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done
