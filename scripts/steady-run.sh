#!/usr/bin/env bash
# The steady-state run for false alerts: a real 3-member etcd cluster under normal write load (about 100 puts/s
# of 1 KiB values, with reads) watched by a standalone monitor with default settings and a webhook, a Slack-style
# and an SMTP receiver. It fails on any notification and prints every alert that even went pending.
#
#   scripts/steady-run.sh            # 30 minutes
#   scripts/steady-run.sh 600        # 10 minutes
#
# CI runs the same test for 60 s as part of `mvn verify` (SteadyStateIT).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1800}"
exec mvn -B -ntp -pl coordinator -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=SteadyStateIT -Detcdmonitor.steady.seconds="$seconds" \
  -Djunit.jupiter.execution.timeout.mode=disabled
