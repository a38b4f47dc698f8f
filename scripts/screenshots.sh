#!/usr/bin/env bash
# Regenerates the pictures of the real program: scripts/screenshots.sh [OUTPUT_DIR] (default: screenshots/).
# Builds phone-login (unless $PHONE_LOGIN names a binary), prepares .venv/ (scripts/python-env.sh), then runs
# scripts/screenshots.py, which drives the binary in tmux and renders each screen to PNG.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="$(bash "$root/scripts/python-env.sh")"
exec "$python" "$root/scripts/screenshots.py" "$@"
