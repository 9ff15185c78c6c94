#!/usr/bin/env bash
# Regenerates the snapshot fixtures and, at the same time, the output etcdctl prints for them
# (<name>.etcdctl.json from `snapshot status -w json`, <name>.etcdctl.table from `-w table`).
# Needs /usr/bin/etcd and etcdctl (3.4); starts a throwaway single-member etcd on free ports for each fixture.
set -euo pipefail
cd "$(dirname "$0")"
export ETCDCTL_API=3

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_etcd() {
  local p q
  p=$(free_port); q=$(free_port); DATA=$(mktemp -d)
  etcd --data-dir "$DATA" --listen-client-urls "http://127.0.0.1:$p" --advertise-client-urls "http://127.0.0.1:$p" \
    --listen-peer-urls "http://127.0.0.1:$q" --initial-advertise-peer-urls "http://127.0.0.1:$q" \
    --initial-cluster "default=http://127.0.0.1:$q" >"$DATA.log" 2>&1 &
  PID=$!
  E=(--endpoints "127.0.0.1:$p")
  for _ in $(seq 50); do etcdctl "${E[@]}" endpoint health >/dev/null 2>&1 && return; sleep 0.2; done
  echo "etcd did not start; see $DATA.log" >&2; exit 1
}

stop_etcd() { kill "$PID"; wait "$PID" 2>/dev/null || true; rm -rf "$DATA" "$DATA.log"; }

save() {
  etcdctl "${E[@]}" "$@" snapshot save "$NAME.db" >/dev/null 2>&1
  etcdctl snapshot status -w json "$NAME.db" >"$NAME.etcdctl.json"
  etcdctl snapshot status -w table "$NAME.db" >"$NAME.etcdctl.table"
}

trap 'stop_etcd 2>/dev/null || true' EXIT

# A few puts, an overwrite and a delete (a tombstone): every bucket inline in one leaf page.
NAME=small; start_etcd
etcdctl "${E[@]}" put foo bar >/dev/null; etcdctl "${E[@]}" put foo baz >/dev/null
etcdctl "${E[@]}" put a/b c >/dev/null; etcdctl "${E[@]}" del a/b >/dev/null; etcdctl "${E[@]}" put k3 v3 >/dev/null
save; stop_etcd

# A hash that prints with fewer than 8 hex digits, which makes etcdctl's table centre "HASH" unevenly.
NAME=shorthash; start_etcd
for i in $(seq 500); do
  etcdctl "${E[@]}" put "k$i" "v$i" >/dev/null
  save
  [ "$(printf '%x' "$(jq .hash "$NAME.etcdctl.json")" | wc -c)" -lt 8 ] && break
done
stop_etcd

# Hundreds of keys (a branch page over many leaves), overwrites, a lease, a physical compaction, deletes,
# and auth enabled with a user and a role (the auth buckets filled).
NAME=branches; start_etcd
for i in $(seq 0 329); do etcdctl "${E[@]}" put "/registry/pods/ns-$((i % 7))/pod-$i" "value-$i-$(printf 'v%.0s' {1..60})" >/dev/null; done
for r in 1 2 3; do for i in $(seq 0 49); do etcdctl "${E[@]}" put "/registry/pods/ns-$((i % 7))/pod-$i" "round-$r" >/dev/null; done; done
LEASE=$(etcdctl "${E[@]}" lease grant 3600 | awk '{print $2}')
for i in 1 2 3 4 5; do etcdctl "${E[@]}" put --lease="$LEASE" "/leases/held-$i" x >/dev/null; done
REV=$(etcdctl "${E[@]}" put /marker m -w json | jq .header.revision)
etcdctl "${E[@]}" compact --physical "$((REV - 80))" >/dev/null
for i in $(seq 300 329); do etcdctl "${E[@]}" del "/registry/pods/ns-$((i % 7))/pod-$i" >/dev/null; done
etcdctl "${E[@]}" user add root:rootpw >/dev/null; etcdctl "${E[@]}" role add reader >/dev/null
etcdctl "${E[@]}" role grant-permission reader read /registry/ --prefix >/dev/null
etcdctl "${E[@]}" user add alice:pw >/dev/null; etcdctl "${E[@]}" user grant-role alice reader >/dev/null
etcdctl "${E[@]}" auth enable >/dev/null 2>&1
save --user root:rootpw; stop_etcd

# Values of 10 kB and 20 kB: leaf pages with overflow pages.
NAME=overflow; start_etcd
for i in 0 1; do etcdctl "${E[@]}" put "/big/$i" "$(head -c 7500 /dev/urandom | base64 -w0)" >/dev/null; done
etcdctl "${E[@]}" put /huge "$(head -c 15000 /dev/urandom | base64 -w0)" >/dev/null
etcdctl "${E[@]}" put /small s >/dev/null
save; stop_etcd
trap - EXIT
