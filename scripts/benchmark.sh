#!/usr/bin/env bash
# The benchmark: phone-login beside dialog in a pseudo-terminal, and the emulator under load beside nginx.
# Builds the release binary, makes .venv/ (pyte), installs dialog, nginx-light and wrk from apt when missing,
# prints the table and writes it to scripts/benchmark-results.md (or the file given as $1).
# Not a test: nothing here passes or fails on a timing; the table says which aims were met.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
output="${1:-$root/scripts/benchmark-results.md}"

missing=()
command -v dialog >/dev/null || missing+=(dialog)
command -v nginx >/dev/null || missing+=(nginx-light)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# phone-login-floor (scripts/floor/main.swift) is no package product: build-release.sh compiles it with swiftc.
bin="$(bash scripts/build-release.sh phone-login phone-login-floor)"
python="$(bash scripts/python-env.sh)"

echo "==> measuring" >&2
"$python" scripts/benchmark.py --binary "$bin/phone-login" --floor-binary "$bin/phone-login-floor" --output "$output" "${@:2}"
echo "==> table written to ${output#$root/}" >&2
