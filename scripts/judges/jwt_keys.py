"""Judge: PyJWT (with cryptography for RS256) verifies the emulator's tokens as a resource server would. For an RS256
emulator the key comes from GET /api/projects/{projectId}/keys (Xsolla's shape: n and e in hex), picked by the
token's kid; a token re-signed with another key must be refused. For an HS256 emulator the keys list is empty and
the project secret verifies. One line per check; exit status 1 when any failed.

    jwt_keys.py --base http://127.0.0.1:PORT --project UUID --algorithm rs256
    jwt_keys.py --base http://127.0.0.1:PORT --project UUID --algorithm hs256 --secret SECRET"""

import argparse
import base64
import hashlib
import hmac
import json
import urllib.parse

import jwt
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from oauth_emulator import BLANK, Report, phone_login, query_value


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def access_token(base, client_id, phone):
    """A phone OAuth 2.0 login made by hand: the access token."""
    query = urllib.parse.urlencode({"response_type": "code", "client_id": client_id, "scope": "offline", "state": "judge-state",
                                    "redirect_uri": BLANK})
    login_url = phone_login(f"{base}/api/oauth2/login/phone/request?{query}", base, client_id, phone)
    answer = requests.post(f"{base}/api/oauth2/token", timeout=10, data={
        "grant_type": "authorization_code", "client_id": client_id, "code": query_value(login_url, "code"), "redirect_uri": BLANK})
    answer.raise_for_status()
    return answer.json()["access_token"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--algorithm", required=True, choices=["rs256", "hs256"])
    parser.add_argument("--secret")
    parser.add_argument("--client-id", type=int, default=57)
    parser.add_argument("--phone", default="+4915112345603")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    report = Report()
    options = {"verify_aud": False, "require": ["exp", "iat", "sub"]}

    answer = requests.get(f"{base}/api/projects/{args.project}/keys", timeout=10)
    keys = answer.json() if answer.status_code == 200 else None
    report.check("keys endpoint answers 200 with a JSON list", isinstance(keys, list), f"{answer.status_code} {answer.text[:200]}")
    token = access_token(base, args.client_id, args.phone)
    header = jwt.get_unverified_header(token)

    if args.algorithm == "hs256":
        report.check("HS256 project: the keys list is empty", keys == [], f"{keys}")
        report.check("HS256 token header: alg HS256", header.get("alg") == "HS256", f"{header}")
        report.run("PyJWT verifies the HS256 token with the project secret",
                   lambda: (bool(jwt.decode(token, args.secret, algorithms=["HS256"], options=options)["sub"]), ""))

        def wrong_secret():
            try:
                jwt.decode(token, args.secret + "x", algorithms=["HS256"], options=options)
            except jwt.InvalidSignatureError:
                return True, ""
            return False, "verified with another secret"
        report.run("PyJWT refuses it with another secret", wrong_secret)
        report.finish()

    key = next((k for k in keys or [] if k.get("kid") == header.get("kid")), None)
    report.check("RS256 token header: alg RS256 and a kid the keys list has", header.get("alg") == "RS256" and key is not None,
                 f"header {header}, kids {[k.get('kid') for k in keys or []]}")
    if key is None:
        report.finish()
    report.check("key entry in Xsolla's shape: alg RS256, kty RSA, use sig, n and e hex",
                 (key.get("alg"), key.get("kty"), key.get("use")) == ("RS256", "RSA", "sig")
                 and all(c in "0123456789abcdefABCDEF" for c in key["n"] + key["e"]), f"{key}")
    n, e = int(key["n"], 16), int(key["e"], 16)
    public = rsa.RSAPublicNumbers(e, n).public_key()
    report.check("modulus of at least 2048 bits, exponent 65537", public.key_size >= 2048 and e == 65537, f"{public.key_size} bits, e={e}")

    def thumbprint():
        size = lambda value: value.to_bytes((value.bit_length() + 7) // 8, "big")
        canonical = json.dumps({"e": b64url(size(e)), "kty": "RSA", "n": b64url(size(n))}, separators=(",", ":"), sort_keys=True)
        expected = b64url(hashlib.sha256(canonical.encode()).digest())
        return key["kid"] == expected, f"kid {key['kid']}, RFC 7638 thumbprint {expected}"
    report.run("kid is the key's RFC 7638 thumbprint", thumbprint)

    claims = {}

    def verify():
        claims.update(jwt.decode(token, public, algorithms=["RS256"], options=options))
        return bool(claims.get("sub")) and claims.get("iss") == "https://login.xsolla.com", f"{sorted(claims)}"
    report.run("PyJWT verifies the RS256 token with the key built from n and e", verify)

    def resigned():
        forged = jwt.encode(claims, rsa.generate_private_key(public_exponent=65537, key_size=2048), algorithm="RS256",
                            headers={"kid": key["kid"]})
        try:
            jwt.decode(forged, public, algorithms=["RS256"], options=options)
        except jwt.InvalidSignatureError:
            pass
        else:
            return False, "a token re-signed with another key verified"
        me = requests.get(f"{base}/api/users/me", headers={"Authorization": f"Bearer {forged}"}, timeout=10)
        return me.status_code == 401, f"the emulator answered {me.status_code} to the re-signed token"
    report.run("a token re-signed with another key under the same kid is refused (PyJWT and the emulator)", resigned)

    def hs256_confusion():
        # The classic confusion: the public key's PEM used as an HMAC secret. PyJWT refuses to, and so must the emulator.
        pem = public.public_bytes(encoding=serialization.Encoding.PEM, format=serialization.PublicFormat.SubjectPublicKeyInfo)
        forged = b64url(json.dumps({"alg": "HS256", "typ": "JWT", "kid": key["kid"]}).encode()).encode() + b"." + \
            b64url(json.dumps(claims).encode()).encode()
        signature = b64url(hmac.new(pem, forged, hashlib.sha256).digest()).encode()
        me = requests.get(f"{base}/api/users/me", headers={"Authorization": "Bearer " + (forged + b"." + signature).decode()}, timeout=10)
        return me.status_code == 401, f"the emulator answered {me.status_code} to an HS256 token keyed with its public key"
    report.run("an HS256 token keyed with the public key's PEM is refused by the emulator", hs256_confusion)
    report.finish()


if __name__ == "__main__":
    main()
