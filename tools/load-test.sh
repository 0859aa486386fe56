#!/usr/bin/env bash
# The load test of docs/BENCHMARKS.md ("Load test"): a server with the demo (its encrypted embedded
# database, in a temporary directory) and a generated list of NAMES names, then Gatling's mixed desk
# load (name search, record reads, screenings) by USERS concurrent users throttled to RPS requests per
# second for SECONDS_RUN seconds, on loopback only. Prints the figures table and where Gatling's report is.
#
#   tools/load-test.sh      # NAMES=1000000 USERS=50 RPS=200 SECONDS_RUN=120 PORT=18080 HEAP=4g by default
#   (SERVER_JAVA_OPTS adds JVM options to the server, e.g. a flight recording)
#
# Nothing leaves 127.0.0.1; the temporary directory is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
unset TUTELA_DB_URL TUTELA_DATA
NAMES=${NAMES:-1000000}
USERS=${USERS:-50}
RPS=${RPS:-200}
SECONDS_=${SECONDS_RUN:-120}
PORT=${PORT:-18080}
HEAP=${HEAP:-4g}
FIXTURES=$PWD/load/target/load-fixtures
WORK=$(mktemp -d /tmp/tutela-load.XXXXXX)
SERVER_PID=
stop() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap stop EXIT

echo "== build"
mvn -B -ntp -q -Pbench package -pl app,benchmarks -am -DskipTests
APP_JAR=$PWD/app/target/tutela.jar
tutela() { java -Xmx"$HEAP" -jar "$APP_JAR" "$@"; }

echo "== fixtures: $NAMES listed names"
mkdir -p "$FIXTURES"
java -jar benchmarks/target/tutela-benchmarks-0.1.0-SNAPSHOT-all.jar load-fixtures --names "$NAMES" --out "$FIXTURES"

echo "== demo and list"
DATA=$WORK/demo
tutela demo --no-serve --data "$DATA" > "$WORK/demo.txt"
[ -d "$DATA" ] || DATA=$WORK
start=$(date +%s)
tutela lists import --data "$DATA" --format csv --id load-generated --title "Generated names (load test)" \
    --publisher "Tutela load test" --date 2026-12-04 --id-column id --name-column name \
    --birth-date-column birth_date "$FIXTURES/list.csv"
echo "list imported in $(( $(date +%s) - start )) s"
TOKEN=$(tutela tokens create demo-reviewer --days 1 --label "load test" --data "$DATA" 2>/dev/null | tail -1)

echo "== server on 127.0.0.1:$PORT"
start=$(date +%s)
java -Xmx"$HEAP" ${SERVER_JAVA_OPTS:-} -jar "$APP_JAR" serve --data "$DATA" --port "$PORT" --unkeyed-audit > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 1
done
echo "server up in $(( $(date +%s) - start )) s"

api() { curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" -H "X-Purpose: capacity test of this installation" "http://127.0.0.1:$PORT$1"; }
ids() { python3 -c 'import json,sys; print("id"); [print(r["id"]) for r in json.load(sys.stdin)["items"]]'; }
api "/api/records?kind=person&limit=500" | ids > "$FIXTURES/records.csv"
api "/api/records?kind=cooperation-request&limit=500" | ids > "$FIXTURES/requests.csv"
echo "$(( $(wc -l < "$FIXTURES/records.csv") - 1 )) persons, $(( $(wc -l < "$FIXTURES/requests.csv") - 1 )) requests to read and screen"

echo "== Gatling: $USERS users, $RPS requests/s, $SECONDS_ s"
mvn -B -ntp -q -f load/pom.xml gatling:test -Dtutela.url="http://127.0.0.1:$PORT" -Dtutela.token="$TOKEN" \
    -Dtutela.fixtures="$FIXTURES" -Dtutela.users="$USERS" -Dtutela.rps="$RPS" -Dtutela.seconds="$SECONDS_"
REPORT=$(ls -td load/target/gatling/*/ | head -1)
python3 tools/load-figures.py "$REPORT"
echo "Gatling's report: $REPORT/index.html"
