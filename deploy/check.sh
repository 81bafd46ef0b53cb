#!/usr/bin/env bash
# Checks deploy/exportwatch.service with systemd's own tools (no running systemd needed):
# `verify` must print nothing, and the offline security review's exposure must stay at or below
# MAX_EXPOSURE_TENTHS / 10 (on systemd's 0–10 scale; the unit scores 1.1 today).
set -euo pipefail
cd "$(dirname "$0")"
MAX_EXPOSURE_TENTHS=${MAX_EXPOSURE_TENTHS:-15}

echo "== systemd-analyze verify exportwatch.service ($(systemd-analyze --version | head -1))"
findings=$(systemd-analyze verify ./exportwatch.service 2>&1) || { echo "$findings"; exit 1; }
if [ -n "$findings" ]; then
  echo "$findings"
  echo "verify printed warnings; fix the unit" >&2
  exit 1
fi
echo "no findings"

echo "== systemd-analyze security --offline (exposure must be <= $MAX_EXPOSURE_TENTHS/10)"
systemd-analyze security --offline=true --threshold="$MAX_EXPOSURE_TENTHS" ./exportwatch.service | grep -E '^(✗|→)'
