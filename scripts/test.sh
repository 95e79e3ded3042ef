#!/usr/bin/env bash
# The project's test command (`npm test`): brings up the real brokers the integration
# tests need (installing them when absent), then runs lint, typecheck and every jest project.
#
# The jest run always ends: a watchdog stops it after CB_TEST_TIMEOUT_S seconds (default 2700)
# and the command then fails with a message saying so. Whatever way jest ends, child processes
# the tests started and their temporary folders (under one /tmp/cbb-run-* folder) are removed.
# Arguments go to jest, e.g. `npm test -- --selectProjects unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
echo "node $(node --version)"
bash scripts/services.sh up
bash scripts/tools.sh >/dev/null || echo "test.sh: a deployment tool could not be installed; the tests that need it fail and say which" >&2
npm run -s lint
npm run -s typecheck
npm run -s build

TIMEOUT_S="${CB_TEST_TIMEOUT_S:-2700}"
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/cbb-run-XXXXXX")"
export CBB_TEST_RUN_DIR="$RUN_DIR"

# Kills the child processes the tests recorded (test/support/test-run.ts) that still run the
# command they were recorded with, then deletes the run's folder.
cleanup() {
  local record pid
  for record in "$RUN_DIR"/pids/*; do
    [ -f "$record" ] || continue
    pid=$(basename "$record")
    if [ -r "/proc/$pid/cmdline" ] && cmp -s "$record" "/proc/$pid/cmdline"; then
      echo "npm test: killing child process $pid the tests left running" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT

# timeout(1) runs jest in a process group of its own and signals the whole group (jest and the
# processes tests started); Ctrl-C or SIGTERM on this script is passed on to it.
timeout --kill-after=30 "$TIMEOUT_S" npx jest --runInBand "$@" &
jest_pid=$!
trap 'kill -TERM "$jest_pid" 2>/dev/null || true' INT TERM
rc=0
wait "$jest_pid" || rc=$?
while kill -0 "$jest_pid" 2>/dev/null; do
  rc=0
  wait "$jest_pid" || rc=$?
done
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
  echo "npm test: jest did not finish within ${TIMEOUT_S}s (CB_TEST_TIMEOUT_S) and was stopped; a test or an open handle kept it running (run the slow file alone with --detectOpenHandles)" >&2
  exit 124
fi
exit "$rc"
