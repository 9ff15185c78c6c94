#!/usr/bin/env bash
# The whole test suite: unit tests, then integration tests against real etcd processes that the tests start
# on loopback. Installs etcd-server, etcd-client, promtool, iptables and setpriv first when they are missing.
# Run as root: the network-fault tests add iptables rules and run one etcd member as nobody.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
exec mvn -B -ntp verify "$@"
