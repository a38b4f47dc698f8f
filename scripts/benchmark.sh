#!/usr/bin/env bash
# The benchmark: phone-login beside dialog in a pseudo-terminal, and the emulator under load beside nginx.
# Builds the release binary, makes .venv/ (pyte), installs dialog, nginx-light and wrk from apt when missing,
# prints the table and writes it to scripts/benchmark-results.md (or the file given as $1).
# Not a test: nothing here passes or fails on a timing; the table says which aims were met.
# Usage: scripts/benchmark.sh [OUTPUT] [benchmark.py options…], e.g.
#   scripts/benchmark.sh /tmp/memory.md --only-memory [--memory-operations 1000000]
# --only-memory runs only the emulator's memory table (needs only wrk; builds only phone-login); --only-load only
# the emulator under load; `python3 scripts/benchmark.py --help` lists the rest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
output="${1:-$root/scripts/benchmark-results.md}"
only_memory=false
for argument in "${@:2}"; do if [ "$argument" = --only-memory ]; then only_memory=true; fi; done

missing=()
if ! $only_memory; then
  command -v dialog >/dev/null || missing+=(dialog)
  command -v nginx >/dev/null || missing+=(nginx-light)
fi
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# phone-login-floor (scripts/floor/main.swift) is no package product: build-release.sh compiles it with swiftc.
if $only_memory; then
  bin="$(bash scripts/build-release.sh phone-login)"
  floor=()
else
  bin="$(bash scripts/build-release.sh phone-login phone-login-floor)"
  floor=(--floor-binary "$bin/phone-login-floor")
fi
python="$(bash scripts/python-env.sh)"

echo "==> measuring" >&2
"$python" scripts/benchmark.py --binary "$bin/phone-login" "${floor[@]}" --output "$output" "${@:2}"
echo "==> table written to ${output#$root/}" >&2
