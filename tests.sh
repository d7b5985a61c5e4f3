#!/usr/bin/env bash
# Runs every SocialKpi test on a fresh machine: installs what the browser tests need (Debian's
# Chromium; Playwright cannot download its own browser here), then the whole suite.
# Extra arguments go to `dotnet test` (for example: ./tests.sh --filter "FullyQualifiedName~Prospects").
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium package: run 'apt-get install chromium' as root, then this script again." >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test SocialKpi.sln "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole suite, summed over the test projects' own summaries.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
echo "Tests: ${passed} passed, ${failed} failed"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
