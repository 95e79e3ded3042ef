#!/usr/bin/env bash
# The project's test command (`npm test`): brings up the real brokers the integration
# tests need (installing them when absent), then runs lint, typecheck and every jest project.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/services.sh up
bash scripts/tools.sh >/dev/null || echo "test.sh: a deployment tool could not be installed; the tests that need it fail and say which" >&2
npm run -s lint
npm run -s typecheck
npm run -s build
npx jest --runInBand "$@"
