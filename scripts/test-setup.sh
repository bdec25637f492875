#!/usr/bin/env bash
# Prepares a machine for the test suite: Debian's Chromium for Playwright
# (never a downloaded browser build) and a production build of the app.
set -euo pipefail

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test:setup: installing Chromium from Debian's packages"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

echo "test:setup: building the app"
NEXT_TELEMETRY_DISABLED=1 npx next build
