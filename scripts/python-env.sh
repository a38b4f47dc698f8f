#!/usr/bin/env bash
# Creates (or refreshes) the repository's Python virtual environment in .venv/ from scripts/requirements.txt
# and prints its python's path. Nothing is installed outside .venv/. Safe to run again: it reinstalls only
# when requirements.txt changed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${PHONE_LOGIN_VENV:-$root/.venv}"
requirements="$root/scripts/requirements.txt"
stamp="$venv/.requirements"
# Tests may call this concurrently (on a fresh clone, each would create the venv): one at a time.
mkdir -p "$venv"
exec 9>"$venv/.lock"
flock 9
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >&2
fi
if ! cmp -s "$requirements" "$stamp" 2>/dev/null; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
  cp "$requirements" "$stamp"
fi
echo "$venv/bin/python"
