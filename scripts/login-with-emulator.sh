#!/usr/bin/env bash
# A scripted login against a local emulator, start to finish: the pattern a CI job uses.
#   scripts/login-with-emulator.sh [PHONE]
# Uses $PHONE_LOGIN as the binary (default: build and use .build/debug/phone-login).
# Prints the token's claims as JSON on stdout; exits with phone-login's exit codes.
set -euo pipefail
cd "$(dirname "$0")/.."
phone=${1:-+15555550100}
bin=${PHONE_LOGIN:-}
if [ -z "$bin" ]; then
  swift build --product phone-login >&2
  bin=.build/debug/phone-login
fi

# `emulator exec` starts an emulator on a free port, runs the command with XSOLLA_LOGIN_BASE_URL,
# XSOLLA_LOGIN_PROJECT_ID and PHONE_LOGIN_EMULATOR_URL set, stops the emulator and exits with the command's status.
export PHONE_LOGIN_BIN=$bin PHONE=$phone
exec "$bin" emulator exec --quiet -- bash -c '
  set -euo pipefail
  operation=$("$PHONE_LOGIN_BIN" request --phone "$PHONE")
  # The emulator'\''s outbox stands in for the phone; the code goes in on stdin, so it never shows in the process list.
  "$PHONE_LOGIN_BIN" emulator code --phone "$PHONE" |
    "$PHONE_LOGIN_BIN" confirm --phone "$PHONE" --operation-id "$operation" --code - --output json |
    python3 -c "import json, sys; print(json.dumps(json.load(sys.stdin)[\"claims\"], indent=2, sort_keys=True))"'
