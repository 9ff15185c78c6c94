#!/usr/bin/env bash
# Installs the Debian packages etcd-monitor's run and test commands need, when they are missing:
#   etcd-server (etcd), and for the tests also etcd-client (etcdctl), prometheus (promtool), iptables (real
#   network partitions between test members) and util-linux (setpriv, which runs a test member as nobody).
# Usage: scripts/install-deps.sh [--run | --test]
set -euo pipefail

mode=${1:---test}
need_cmds=(etcd)
need_pkgs=(etcd-server)
if [ "$mode" = "--test" ]; then
  need_cmds+=(etcdctl promtool iptables setpriv)
  need_pkgs+=(etcd-client prometheus iptables util-linux)
fi

missing=()
for i in "${!need_cmds[@]}"; do
  if ! command -v "${need_cmds[$i]}" >/dev/null 2>&1 && [ ! -x "/usr/bin/${need_cmds[$i]}" ] \
      && [ ! -x "/usr/sbin/${need_cmds[$i]}" ]; then
    missing+=("${need_pkgs[$i]}")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "missing packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
  exit 1
fi

echo "installing ${missing[*]} from Debian's packages..." >&2
export DEBIAN_FRONTEND=noninteractive
# Packages that ship services must not start them here: a system etcd on 2379 is not ours to run.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
  "${sudo[@]}" chmod +x "$policy"
  created_policy=1
fi
cleanup() {
  if [ "$created_policy" = 1 ]; then "${sudo[@]}" rm -f "$policy"; fi
}
trap cleanup EXIT

if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "installed ${missing[*]}" >&2
