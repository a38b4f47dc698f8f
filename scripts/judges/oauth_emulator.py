"""Shared by the OAuth 2.0 judges: the emulator's phone calls made by hand (as any HTTP client would), the SMS code
from its outbox, and the per-check report (one line a check, exit status 1 when any failed).

Only loopback: the base URL is the in-process emulator the Swift test started."""

import json
import sys
import urllib.parse

import requests

BLANK = "https://login.xsolla.com/api/blank"
PHONE = "+4915112345678"


class Report:
    """Prints `PASS name` or `FAIL name: why` per check; `finish()` exits 1 when any failed."""

    def __init__(self):
        self.failed = []

    def check(self, name, ok, detail=""):
        line = ("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + str(detail))
        print(line, flush=True)
        if not ok:
            self.failed.append(name)
        return ok

    def run(self, name, body):
        """Runs `body()`, which returns (ok, detail); an exception is a failure with its text."""
        try:
            ok, detail = body()
        except Exception as error:  # the check failed in a way its body did not foresee
            ok, detail = False, f"{type(error).__name__}: {error}"
        return self.check(name, ok, detail)

    def finish(self):
        print(f"{len(self.failed)} failed" if self.failed else "all passed", flush=True)
        sys.exit(1 if self.failed else 0)


def sms_code(base, phone, operation_id):
    """The code of `operation_id` from the emulator's outbox."""
    answer = requests.get(f"{base}/emulator/sms", params={"phone_number": phone}, timeout=10)
    answer.raise_for_status()
    for message in reversed(answer.json()):
        if message["operation_id"] == operation_id:
            return message["code"]
    raise RuntimeError(f"no SMS for operation {operation_id}")


def phone_login(authorization_url, base, client_id, phone=PHONE):
    """POSTs the phone request to `authorization_url` (a library-built URL with the OAuth query), reads the code from
    the outbox and confirms: the `login_url` the confirm answers."""
    started = requests.post(authorization_url, json={"phone_number": phone}, timeout=10)
    if started.status_code != 200:
        raise RuntimeError(f"request answered {started.status_code}: {started.text}")
    operation_id = started.json()["operation_id"]
    code = sms_code(base, phone, operation_id)
    confirmed = requests.post(f"{base}/api/oauth2/login/phone/confirm", params={"client_id": client_id},
                              json={"phone_number": phone, "code": code, "operation_id": operation_id}, timeout=10)
    if confirmed.status_code != 200:
        raise RuntimeError(f"confirm answered {confirmed.status_code}: {confirmed.text}")
    return confirmed.json()["login_url"]


def query_value(url, name):
    """The first value of `name` in `url`'s query, form-decoded."""
    values = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query, keep_blank_values=True).get(name)
    return values[0] if values else None


def xsolla_code(response):
    """`error.code` of Xsolla's error body, or None."""
    try:
        return response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def decode_unverified(token):
    """The JWT's payload, not verified (for `sub`)."""
    import base64
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
