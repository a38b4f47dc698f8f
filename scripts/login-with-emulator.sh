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

log=$(mktemp)
"$bin" emulator --port 0 >"$log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null; wait "$emulator" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
root=$(sed -n 's/.*listening on //p' "$log" | head -n 1)
[ -n "$root" ] || { echo "emulator did not start:" >&2; cat "$log" >&2; exit 6; }

export XSOLLA_LOGIN_BASE_URL="$root/api"
export XSOLLA_LOGIN_PROJECT_ID=${XSOLLA_LOGIN_PROJECT_ID:-00000000-0000-4000-8000-000000000000}

operation=$("$bin" request --phone "$phone")
# The emulator's outbox stands in for the phone: take the newest code for this operation.
code=$(curl -fsS "$root/emulator/sms" | python3 -c '
import json, sys
operation = sys.argv[1]
print(next(m["code"] for m in reversed(json.load(sys.stdin)) if m["operation_id"] == operation))' "$operation")
# The code goes in on stdin, so it never shows in the process list.
printf '%s\n' "$code" | "$bin" confirm --phone "$phone" --operation-id "$operation" --code - --output json |
  python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin)["claims"], indent=2, sort_keys=True))'
