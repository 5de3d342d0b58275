#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (test/browser): does nothing when
# /usr/bin/chromium (or $CHROMIUM_PATH) exists; otherwise installs the `chromium` package with apt-get
# when running as root. Never downloads a browser build of its own.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "browser:install: $CHROMIUM is missing and this is not root; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "browser:install: installing Debian's chromium (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "browser:install: $(/usr/bin/chromium --version 2>/dev/null || echo "chromium installed")"
