"""Judge: an independent OAuth 2.0 client (authlib's or requests-oauthlib's OAuth2Session) drives the emulator's phone
OAuth flow and token endpoint as a real application would, with the library's own state check, automatic refresh and
error handling. One line per check; exit status 1 when any failed.

    oauth_clients.py --base http://127.0.0.1:PORT --library authlib|requests-oauthlib [--client-id 57]

The emulator must run with a short access-token lifetime (a few seconds): the automatic refresh waits for expiry."""

import argparse
import os
import time

import requests

from oauth_emulator import BLANK, Report, decode_unverified, phone_login, query_value, xsolla_code

# oauthlib refuses http:// token endpoints unless told; the emulator is on loopback.
os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"

INVALID_GRANT = "010-023"


class Client:
    """One library's OAuth2Session behind the few calls the checks make; every answer it gets is recorded."""

    def __init__(self, library, base, client_id, redirect_uri, on_update):
        self.library = library
        self.base = base
        self.client_id = str(client_id)
        self.request_url = f"{base}/api/oauth2/login/phone/request"
        self.token_url = f"{base}/api/oauth2/token"
        self.answers = []
        if library == "authlib":
            from authlib.integrations.requests_client import OAuth2Session
            self.session = OAuth2Session(client_id=self.client_id, token_endpoint_auth_method="none", scope="offline",
                                         redirect_uri=redirect_uri, token_endpoint=self.token_url, leeway=0,
                                         update_token=lambda token, **_: on_update(token))
        else:
            from requests_oauthlib import OAuth2Session
            self.session = OAuth2Session(client_id=self.client_id, redirect_uri=redirect_uri, scope=["offline"],
                                         auto_refresh_url=self.token_url, auto_refresh_kwargs={"client_id": self.client_id},
                                         token_updater=on_update)
        self.session.hooks["response"].append(lambda response, *args, **kwargs: self.answers.append(response))

    def authorization_url(self, state):
        """The library's authorization URL for the phone request, with `state`."""
        if self.library == "authlib":
            url, _ = self.session.create_authorization_url(self.request_url, state=state)
        else:
            url, _ = self.session.authorization_url(self.request_url, state=state)
        return url

    def exchange(self, login_url, state):
        """The library's code exchange of `login_url`, checking its `state` against the one it sent."""
        if self.library == "authlib":
            return self.session.fetch_token(self.token_url, authorization_response=login_url, state=state)
        self.session._state = state
        return self.session.fetch_token(self.token_url, authorization_response=login_url, include_client_id=True)

    def refresh(self, refresh_token):
        """The library's refresh with `refresh_token`."""
        return self.session.refresh_token(self.token_url, refresh_token=refresh_token)

    def token_answers(self):
        return [answer for answer in self.answers if answer.request.path_url.startswith("/api/oauth2/token")]


def refused(call):
    """Runs `call`, which must raise (the library saw an error answer); (True, why) when it did."""
    try:
        call()
    except Exception as error:
        return True, f"{type(error).__name__}"
    return False, "the library accepted it"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--library", required=True, choices=["authlib", "requests-oauthlib"])
    parser.add_argument("--client-id", type=int, default=57)
    parser.add_argument("--phone", help="the number to sign in with (default: one per library)")
    args = parser.parse_args()
    base, library = args.base.rstrip("/"), args.library
    phone = args.phone or ("+4915112345601" if library == "authlib" else "+4915112345602")
    report = Report()
    updates = []
    client = Client(library, base, args.client_id, BLANK, updates.append)
    state = "judge state with spaces " + library
    tokens = {}

    # 1. The library's authorization URL, the phone request and confirm, and the library's exchange with its state check.
    def login():
        url = client.authorization_url(state)
        tokens["url"] = url
        tokens["login_url"] = phone_login(url, base, args.client_id, phone)
        return True, ""
    if not report.run("authorization URL accepted by the phone request", login):
        report.finish()
    report.check("state with spaces comes back exactly in login_url", query_value(tokens["login_url"], "state") == state,
                 f"sent {state!r}, got {query_value(tokens['login_url'], 'state')!r} (URL {tokens['url']})")

    def exchange():
        token = client.exchange(tokens["login_url"], state)
        tokens["first"] = dict(token)
        ok = token.get("access_token") and token.get("refresh_token") and str(token.get("token_type")).lower() == "bearer"
        return bool(ok), f"token {sorted(token)}"
    if not report.run("code exchanged by the library, its state check passed", exchange):
        report.finish()

    def no_store():
        answer = client.token_answers()[-1]
        ok = answer.headers.get("Cache-Control") == "no-store" and answer.headers.get("Pragma") == "no-cache"
        return ok, f"Cache-Control {answer.headers.get('Cache-Control')!r}, Pragma {answer.headers.get('Pragma')!r}"
    report.run("token answer says Cache-Control: no-store and Pragma: no-cache (RFC 6749 5.1)", no_store)

    def users_me():
        answer = client.session.get(f"{base}/api/users/me")
        sub = decode_unverified(tokens["first"]["access_token"])["sub"]
        return answer.status_code == 200 and answer.json().get("id") == sub, f"{answer.status_code} {answer.text[:200]}"
    report.run("users/me with the library's Bearer token", users_me)

    # 2. Automatic refresh once the access token has expired: the library refreshes with no redirect_uri (RFC 6749 6).
    def auto_refresh():
        first = tokens["first"]
        expires = max(float(first.get("expires_at") or 0), float(decode_unverified(first["access_token"])["exp"]))
        while time.time() < expires + 1.2:
            time.sleep(0.2)
        stale = requests.get(f"{base}/api/users/me", headers={"Authorization": f"Bearer {first['access_token']}"}, timeout=10)
        if stale.status_code != 401:
            return False, f"the expired token still answered {stale.status_code}"
        answer = client.session.get(f"{base}/api/users/me")
        if answer.status_code != 200:
            return False, f"users/me after expiry answered {answer.status_code}: {answer.text[:200]}"
        if not updates:
            return False, "the library did not refresh"
        new = updates[-1]
        tokens["second"] = dict(new)
        changed = new["access_token"] != first["access_token"] and new.get("refresh_token") not in (None, first["refresh_token"])
        return changed, "the refresh gave the same tokens"
    report.run("automatic refresh after expiry (refresh_token grant without redirect_uri)", auto_refresh)

    # 3. Rotation: the refresh token used by the refresh is dead.
    def rotation():
        ok, why = refused(lambda: client.refresh(tokens["first"]["refresh_token"]))
        answer = client.token_answers()[-1]
        return ok and answer.status_code == 400 and xsolla_code(answer) == INVALID_GRANT, f"{why}; {answer.status_code} {answer.text[:200]}"
    report.run("rotation: the used refresh token is refused (400 010-023)", rotation)

    # 4. The same code twice.
    def code_twice():
        ok, why = refused(lambda: client.exchange(tokens["login_url"], state))
        answer = client.token_answers()[-1]
        return ok and answer.status_code == 400 and xsolla_code(answer) == INVALID_GRANT, f"{why}; {answer.status_code} {answer.text[:200]}"
    report.run("an authorization code used twice is refused (400 010-023)", code_twice)

    # 5. A tampered state: the library refuses the login_url and exchanges nothing.
    def tampered():
        other = Client(library, base, args.client_id, BLANK, lambda _: None)
        login_url = phone_login(other.authorization_url(state), base, args.client_id, phone)
        forged = login_url.replace("state=", "state=forged")
        ok, why = refused(lambda: other.exchange(forged, state))
        return ok and not other.token_answers(), f"{why}; {len(other.token_answers())} token calls"
    report.run("a tampered state in login_url is refused by the library before any exchange", tampered)

    # 6. A wrong redirect URI at the exchange.
    def wrong_redirect():
        other = Client(library, base, args.client_id, "https://app.example/callback", lambda _: None)
        login_url = phone_login(other.authorization_url(state), base, args.client_id, phone)
        other.session.redirect_uri = "https://app.example/elsewhere"
        ok, why = refused(lambda: other.exchange(login_url, state))
        answer = other.token_answers()[-1] if other.token_answers() else None
        return ok and answer is not None and answer.status_code == 400 and xsolla_code(answer) == INVALID_GRANT, \
            f"{why}; {answer.status_code if answer is not None else 'no answer'}"
    report.run("a redirect URI other than the request's is refused at the exchange (400 010-023)", wrong_redirect)

    # 7. No redirect URI at the request: none needed at the exchange (RFC 6749 4.1.3).
    def no_redirect():
        other = Client(library, base, args.client_id, None, lambda _: None)
        url = other.authorization_url(state)
        if "redirect_uri" in url:
            return False, f"the library put a redirect_uri in {url}"
        login_url = phone_login(url, base, args.client_id, phone)
        token = other.exchange(login_url, state)
        body = other.token_answers()[-1].request.body or ""
        body = body.decode() if isinstance(body, bytes) else body
        return bool(token.get("access_token")) and "redirect_uri" not in body, f"login_url {login_url[:60]}, body {body[:120]}"
    report.run("no redirect_uri at the request: the exchange without one succeeds", no_redirect)

    # 8. Logout (sessions=all) with the library's Bearer token, then the refresh is refused and users/me says why.
    def logout():
        current = dict(client.refresh(tokens["second"]["refresh_token"]))  # a fresh pair: no expiry in between
        answer = client.session.get(f"{base}/api/oauth2/logout", params={"sessions": "all"})
        if answer.status_code != 204:
            return False, f"logout answered {answer.status_code}: {answer.text[:200]}"
        ok, why = refused(lambda: client.refresh(current["refresh_token"]))
        refresh = client.token_answers()[-1]
        me = requests.get(f"{base}/api/users/me", headers={"Authorization": f"Bearer {current['access_token']}"}, timeout=10)
        challenge = me.headers.get("WWW-Authenticate", "")
        good = ok and refresh.status_code == 400 and xsolla_code(refresh) == INVALID_GRANT and me.status_code == 401 \
            and challenge.startswith("Bearer ") and 'error="invalid_token"' in challenge
        return good, f"{why}; refresh {refresh.status_code}; users/me {me.status_code} WWW-Authenticate {challenge!r}"
    report.run("logout, then refresh refused and users/me 401 with Bearer error=\"invalid_token\" (RFC 6750 3)", logout)

    def bare_challenge():
        me = requests.get(f"{base}/api/users/me", timeout=10)
        challenge = me.headers.get("WWW-Authenticate", "")
        return me.status_code == 401 and challenge.startswith("Bearer ") and "error=" not in challenge, f"{me.status_code} {challenge!r}"
    report.run("users/me without a token: 401 with a Bearer challenge and no error code (RFC 6750 3.1)", bare_challenge)

    report.finish()


if __name__ == "__main__":
    main()
