#!/usr/bin/env bash
# Starts a local 3-member etcd cluster on loopback (client ports 2379, 22379, 32379) and keeps it in the
# foreground; Ctrl-C stops every member and removes the data. Used by run-local.sh; useful on its own too.
set -euo pipefail

ETCD_BIN=${ETCD_BIN:-$(command -v etcd || echo /usr/bin/etcd)}
DATA_ROOT=${DATA_ROOT:-$(mktemp -d /tmp/etcd-monitor-local.XXXXXX)}
TOKEN="etcd-monitor-local-$$"
NAMES=(m1 m2 m3)
CLIENT_PORTS=(2379 22379 32379)
PEER_PORTS=(2380 22380 32380)
PIDS=()

cleanup() {
  trap - INT TERM EXIT
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$DATA_ROOT"
}
trap cleanup INT TERM EXIT

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "${CLIENT_PORTS[@]}" "${PEER_PORTS[@]}"; do
  if port_busy "$p"; then
    echo "port $p is already in use; stop whatever listens there (another etcd?) and try again" >&2
    exit 1
  fi
done

cluster=""
for i in 0 1 2; do
  cluster+="${cluster:+,}${NAMES[$i]}=http://127.0.0.1:${PEER_PORTS[$i]}"
done

for i in 0 1 2; do
  name=${NAMES[$i]}
  mkdir -p "$DATA_ROOT/$name"
  "$ETCD_BIN" --name "$name" --data-dir "$DATA_ROOT/$name" \
    --listen-client-urls "http://127.0.0.1:${CLIENT_PORTS[$i]}" \
    --advertise-client-urls "http://127.0.0.1:${CLIENT_PORTS[$i]}" \
    --listen-peer-urls "http://127.0.0.1:${PEER_PORTS[$i]}" \
    --initial-advertise-peer-urls "http://127.0.0.1:${PEER_PORTS[$i]}" \
    --initial-cluster "$cluster" --initial-cluster-token "$TOKEN" --initial-cluster-state new \
    >"$DATA_ROOT/$name.log" 2>&1 &
  PIDS+=($!)
done

for i in 0 1 2; do
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:${CLIENT_PORTS[$i]}/health" 2>/dev/null | grep -q '"health":"true"'; then
      break
    fi
    sleep 0.2
  done
done
echo "etcd: 3 members up (client URLs http://127.0.0.1:2379, :22379, :32379; logs in $DATA_ROOT)"
echo "${PIDS[*]}" >"$DATA_ROOT/pids"

if [ "${1:-}" = "--background-check" ]; then exit 0; fi
wait
