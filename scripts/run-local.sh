#!/usr/bin/env bash
# Starts a local 3-member etcd cluster on loopback and etcd-monitor (standalone) against it, then prints where
# to look. Ctrl-C stops everything and removes the cluster's data and the monitor's. Installs etcd-server if it
# is missing and builds etcd-monitor if needed.
#   API_PORT=8080             port of etcd-monitor's HTTP API
#   ETCD_CLIENT_PORTS="12379 22379 32379"  client ports of the three members (peer port = client port + 1)
set -euo pipefail
cd "$(dirname "$0")/.."

API_PORT=${API_PORT:-8080}
read -r -a CLIENT_PORTS <<<"${ETCD_CLIENT_PORTS:-12379 22379 32379}"
NAMES=(m1 m2 m3)
ETCD_PIDS=()
MONITOR_PID=""
DATA_ROOT=""

# The monitor first, so that it does not report the members going away; then the members at once: their data
# is deleted anyway, and a graceful stop would spend seconds trying to hand leadership to peers that are leaving.
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$MONITOR_PID" ]; then
    kill "$MONITOR_PID" 2>/dev/null || true
    wait "$MONITOR_PID" 2>/dev/null || true
  fi
  if [ ${#ETCD_PIDS[@]} -gt 0 ]; then
    kill -KILL "${ETCD_PIDS[@]}" 2>/dev/null || true
    wait "${ETCD_PIDS[@]}" 2>/dev/null || true
  fi
  if [ -n "$DATA_ROOT" ]; then rm -rf "$DATA_ROOT"; fi
  echo "stopped etcd-monitor and the local etcd cluster"
}
trap cleanup INT TERM EXIT

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { # url pattern seconds
  for _ in $(seq 1 $(($3 * 5))); do
    if curl -fsS -m 1 "$1" 2>/dev/null | grep -q "$2"; then return 0; fi
    sleep 0.2
  done
  return 1
}

for p in "${CLIENT_PORTS[@]}"; do
  for q in "$p" $((p + 1)); do
    if port_busy "$q"; then
      echo "port $q is in use; set ETCD_CLIENT_PORTS to three other free ports" >&2
      exit 1
    fi
  done
done
if port_busy "$API_PORT"; then
  echo "port $API_PORT is in use; set API_PORT to a free port" >&2
  exit 1
fi

scripts/install-deps.sh --run
ETCD_BIN=${ETCD_BIN:-$(command -v etcd || echo /usr/bin/etcd)}

jar=coordinator/target/etcd-monitor.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./.git -prune -o -newer "$jar" \( -name '*.java' -o -name 'pom.xml' -o -name '*.conf' \) -print -quit)" ]; then
  echo "building etcd-monitor (first time takes a few minutes)..."
  mvn -B -q -ntp -DskipTests package
fi

DATA_ROOT=$(mktemp -d /tmp/etcd-monitor-local.XXXXXX)
cluster=""
for i in 0 1 2; do
  cluster+="${cluster:+,}${NAMES[$i]}=http://127.0.0.1:$((CLIENT_PORTS[i] + 1))"
done
for i in 0 1 2; do
  name=${NAMES[$i]}
  client=http://127.0.0.1:${CLIENT_PORTS[$i]}
  peer=http://127.0.0.1:$((CLIENT_PORTS[i] + 1))
  "$ETCD_BIN" --name "$name" --data-dir "$DATA_ROOT/$name" \
    --listen-client-urls "$client" --advertise-client-urls "$client" \
    --listen-peer-urls "$peer" --initial-advertise-peer-urls "$peer" \
    --initial-cluster "$cluster" --initial-cluster-token "etcd-monitor-local-$$" --initial-cluster-state new \
    >"$DATA_ROOT/$name.log" 2>&1 &
  ETCD_PIDS+=($!)
done
for p in "${CLIENT_PORTS[@]}"; do
  if ! wait_for "http://127.0.0.1:$p/health" '"health":"true"' 30; then
    echo "etcd on port $p did not become healthy; logs in $DATA_ROOT" >&2
    tail -n 20 "$DATA_ROOT"/*.log >&2
    exit 1
  fi
done
echo "etcd: 3 members healthy on 127.0.0.1:${CLIENT_PORTS[0]}, :${CLIENT_PORTS[1]}, :${CLIENT_PORTS[2]} (logs in $DATA_ROOT)"

bin/etcd-monitor --endpoints="localhost:${CLIENT_PORTS[0]}" --api-port="$API_PORT" --data-dir="$DATA_ROOT/monitor" &
MONITOR_PID=$!
if ! wait_for "http://127.0.0.1:$API_PORT/health" 'healthy' 60; then
  echo "etcd-monitor did not come up on port $API_PORT" >&2
  exit 1
fi

base=http://localhost:$API_PORT
cat <<EOT

etcd-monitor is watching the local cluster. Try:
  curl $base/health
  curl $base/api/v1/cluster/status
  curl $base/api/v1/cluster/leader
  curl $base/api/v1/cluster/members
  curl $base/api/v1/cluster/health
  curl $base/metrics
Kill a member to watch it notice:  kill -9 ${ETCD_PIDS[0]}   (m1)
Press Ctrl-C to stop everything.
EOT
wait "$MONITOR_PID"
