#!/usr/bin/env bash
# The whole test suite: unit tests, then integration tests against real etcd processes that the tests start
# on loopback. Installs etcd-server, etcd-client and promtool first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
exec mvn -B -ntp verify "$@"
