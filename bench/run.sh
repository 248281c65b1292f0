#!/usr/bin/env bash
# Cold-start and warm benchmark of the functions against their baselines, in one run. See docs/performance.md.
#   bench/run.sh                      7 rounds, 2,000 warm invocations, the template's MemorySize for the heap flag, JDK on PATH (or JAVA_HOME)
#   BENCH_ROUNDS=9 BENCH_WARM=5000 BENCH_MEMORY_MB=512 BENCH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/run.sh
#   BENCH_REBUILD=1 bench/run.sh      rebuild target/epidural-estimator.jar even if present
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MVN=(./mvnw -B -q)

# Offline first (the usual case once ~/.m2 is warm); online only if something is missing.
mvn_build() {
  "${MVN[@]}" -o "$@" || "${MVN[@]}" "$@"
}

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then JDK_BIN="$JAVA_HOME/bin"; else JDK_BIN=$(dirname "$(readlink -f "$(command -v javac)")"); fi

if [[ ! -f target/epidural-estimator.jar || -n "${BENCH_REBUILD:-}" ]]; then
  echo "building target/epidural-estimator.jar" >&2
  mvn_build package -DskipTests
fi

echo "building the baseline jars (bench/target/noop.jar, bench/target/minimal-sdk.jar)" >&2
mvn_build -f bench/baselines/pom.xml package

echo "compiling the harness" >&2
rm -rf bench/target/classes && mkdir -p bench/target/classes
"$JDK_BIN/javac" --release 17 -nowarn -d bench/target/classes -cp target/epidural-estimator.jar bench/src/bench/*.java

# dynalite: the one the adapter tests installed, else a pinned copy under bench/.dynalite.
DYNALITE=target/dynalite/node_modules/dynalite/cli.js
if [[ ! -f "$DYNALITE" ]]; then
  DYNALITE=bench/.dynalite/node_modules/dynalite/cli.js
  if [[ ! -f "$DYNALITE" ]]; then
    echo "installing dynalite@4.0.0 into bench/.dynalite" >&2
    npm install --prefix bench/.dynalite dynalite@4.0.0 --no-audit --no-fund --no-save >/dev/null
  fi
fi

exec "$JDK_BIN/java" -cp bench/target/classes bench.Bench "$ROOT" "$ROOT/$DYNALITE"
