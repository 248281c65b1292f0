#!/usr/bin/env bash
# How each cost grows (docs/performance.md, "How each cost grows"). Against a local dynalite, one step at a time:
#   bench/growth.sh                   every step
#   GROWTH_STEPS="estimates batch" bench/growth.sh      some of: estimates import batch load facility
#   GROWTH_IMPORT_ROWS="10000 100000" GROWTH_CMS=/work/shared/data bench/growth.sh
# Needs target/epidural-estimator.jar and the harness classes (bench/run.sh builds both). Prints one line per
# measure and appends them to bench/results/growth-latest.txt, each with the load average when it ended.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STEPS=${GROWTH_STEPS:-"estimates import batch load facility"}
ROWS=${GROWTH_IMPORT_ROWS:-"10000 100000"}
CMS=${GROWTH_CMS:-/work/shared/data}
OUT=bench/results/growth-latest.txt
WORK=bench/results/work/growth
mkdir -p "$WORK"
JAR=${GROWTH_JAR:-target/epidural-estimator.jar}
JAVA=${BENCH_JAVA:-java}
FLAGS=(-XX:MaxHeapSize=1503m -XX:+UseSerialGC -Xshare:auto -XX:+TieredCompilation -XX:TieredStopAtLevel=1
       -Djava.net.preferIPv4Stack=true)

if [[ ! -f bench/target/classes/bench/GrowthRun.class ]]; then
  mkdir -p bench/target/classes
  javac --release 17 -nowarn -d bench/target/classes -cp "$JAR" bench/src/bench/*.java
fi
DYNALITE=target/dynalite/node_modules/dynalite/cli.js
[[ -f "$DYNALITE" ]] || DYNALITE=bench/.dynalite/node_modules/dynalite/cli.js
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
node --require "$ROOT/bench/dynalite-keepalive.js" "$DYNALITE" --host 127.0.0.1 --port "$PORT" --createTableMs 20 --deleteTableMs 20 --updateTableMs 20 \
  >"$WORK/dynalite.log" 2>&1 &
DYN_PID=$!
trap 'kill $DYN_PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do (echo >/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
EP=http://127.0.0.1:$PORT

export AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench \
  AWS_SESSION_TOKEN=bench AWS_ENDPOINT_URL_DYNAMODB=$EP FEE_TABLE=epidural-fees SESSION_TABLE=epidural-sessions \
  PATIENT_KEY_SECRET=bench-patient-key-secret-0123456789abcdef AWS_CONFIG_FILE=$WORK/none \
  AWS_SHARED_CREDENTIALS_FILE=$WORK/none
unset JAVA_TOOL_OPTIONS

say() { echo "$* | load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"; }
timed() { # label, command...: wall seconds and peak RSS of one process
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >"$WORK/$label.log" 2>&1
  read -r secs kb <"$WORK/time.txt"
  echo "$secs $((kb / 1024))"
}
echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $(git rev-parse --short HEAD)" >>"$OUT"
"$JAVA" -jar "$JAR" load --dynamodb-endpoint "$EP" >"$WORK/load-bundled.log" 2>&1

# sessions.csv for one patient: n sessions, one per day going back from 2025-05-31, alternating the regions.
sessions_csv() { # n patient file
  python3 - "$1" "$2" "$3" <<'EOF'
import sys, datetime
n, patient, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
day = datetime.date(2025, 5, 31)
with open(path, "w") as f:
    f.write("patient_id,date_of_service,codes,performed_by\n")
    for i in range(n):
        f.write(f"{patient},{day - datetime.timedelta(days=i // 2)},{'62321' if i % 2 == 0 else '62323'},\n")
EOF
}

if [[ " $STEPS " == *" estimates "* ]]; then
  for n in 0 10 100 1000; do
    if (( n > 0 )); then
      sessions_csv "$n" "MRN-G$n" "$WORK/g$n.csv"
      "$JAVA" -jar "$JAR" import-sessions --file "$WORK/g$n.csv" --tenant clinic-a --dynamodb-endpoint "$EP" \
        >"$WORK/import-g$n.log" 2>&1
    fi
  done
  _HANDLER=$(grep -A3 'EstimatesFunction:' template.yaml | grep -o 'com\.epiduralestimator[^ ]*' | head -1)
  _HANDLER=$_HANDLER "$JAVA" "${FLAGS[@]}" -Dbench.capacity=true -Dbench.rounds=${GROWTH_ROUNDS:-30} \
    -cp "bench/target/classes:bench/interceptor:$JAR" bench.GrowthRun estimates events/estimates-contract-example.json \
    0 10 100 1000 2>"$WORK/estimates.err" | grep '^GROWTH' | while read -r line; do say "estimate: $line"; done
fi

if [[ " $STEPS " == *" import "* ]]; then
  for rows in $ROWS; do
    python3 - "$rows" "$WORK/import-$rows.csv" <<'EOF'
import sys, datetime
rows, path = int(sys.argv[1]), sys.argv[2]
day = datetime.date(2025, 5, 31)
with open(path, "w") as f:
    f.write("patient_id,date_of_service,codes,performed_by\n")
    for i in range(rows):  # 10 sessions a patient, both regions
        f.write(f"MRN-I{rows}-{i // 10},{day - datetime.timedelta(days=(i % 10) // 2 * 30)},{'62321' if i % 2 == 0 else '62323'},\n")
EOF
    read -r secs mb < <(timed "import-$rows" "$JAVA" -jar "$JAR" import-sessions --file "$WORK/import-$rows.csv" \
      --tenant clinic-a --dynamodb-endpoint "$EP")
    say "import-sessions rows=$rows seconds=$secs rows_per_s=$(python3 -c "print(round($rows/$secs))") peak_rss_mb=$mb"
  done
fi

if [[ " $STEPS " == *" batch "* ]]; then
  _HANDLER=$(grep -A3 'SessionsFunction:' template.yaml | grep -o 'com\.epiduralestimator[^ ]*' | head -1)
  _HANDLER=$_HANDLER "$JAVA" "${FLAGS[@]}" -cp "bench/target/classes:bench/interceptor:$JAR" bench.GrowthRun batch \
    events/sessions-batch.json 100 6 2>"$WORK/batch.err" | grep 'BATCH items' | while read -r line; do
    say "sessions/batch (Lambda timeout 10,000 ms): $line"; done
fi

if [[ " $STEPS " == *" load "* ]]; then
  d=$CMS/cms-2026
  read -r secs mb < <(timed load-cms-2026 "$JAVA" -jar "$JAR" load --year 2026 --rvu "$d/PPRRVU2026_Jul_nonQPP.csv" \
    --gpci "$d/GPCI2026.csv" --zip "$d/ZIP5_JAN2026.txt" --part-b-deductible 283 --sequestration-rate 0.02 \
    --dynamodb-endpoint "$EP")
  say "load CY2026 (PPRRVU2026_Jul_nonQPP $(wc -l <"$d/PPRRVU2026_Jul_nonQPP.csv") lines, ZIP5 $(wc -l <"$d/ZIP5_JAN2026.txt") lines) seconds=$secs peak_rss_mb=$mb"
fi

if [[ " $STEPS " == *" facility "* ]]; then
  f=$CMS/cms-facility
  read -r secs mb < <(timed load-facility-2026 "$JAVA" -jar "$JAR" load-facility --year 2026 \
    --asc-addendum "$f/ASC_AddendumAA_20260401.csv" --asc-wage-index "$f/ASC_wage_index_CY2026.csv" \
    --opps-wage-index "$f/OPPS_cbsa_wage_index_2026.csv" --opps-assignments "$f/OPPS_addendum_B_2026_Apr_converted.csv" \
    --dynamodb-endpoint "$EP") || true
  say "load-facility CY2026 (ASC AA $(wc -l <"$f/ASC_AddendumAA_20260401.csv") lines, OPPS B $(wc -l <"$f/OPPS_addendum_B_2026_Apr_converted.csv") lines) seconds=$secs peak_rss_mb=$mb (log: $WORK/load-facility-2026.log)"
fi
