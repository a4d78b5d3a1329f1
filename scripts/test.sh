#!/usr/bin/env bash
# Runs every suite: types, unit, integration (real server + database), end-to-end (Debian chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi

echo "== types"; npx tsc --noEmit
echo "== build"; npm run build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
echo "== unit"; npx vitest run --project unit
echo "== integration"; npx vitest run --project integration
echo "== e2e"; npx playwright test
