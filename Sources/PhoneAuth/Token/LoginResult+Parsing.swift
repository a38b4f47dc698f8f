import Foundation
import JWTKit
import PhoneAuthModel

extension LoginResult {
    /// Reads `token` and `remember_me` out of `login_url` and decodes the token's claims.
    ///
    /// Without a secret the claims are decoded without trusting them; with one, the HS256 signature and the
    /// expiry are checked and a mismatch is an error.
    public static func parse(loginURL: String, verifyingWith secret: String? = nil) async throws(AuthError) -> LoginResult {
        if let secret, secret.utf8.count < AuthClientConfiguration.minimumSecretBytes {
            throw .configuration(.weakSecret(bytes: secret.utf8.count))
        }
        guard let components = URLComponents(string: loginURL) else {
            throw .malformedResponse(status: 200, reason: "login_url is not a URL")
        }
        let items = components.queryItems ?? []
        guard let token = items.last(where: { $0.name == "token" })?.value, !token.isEmpty else { throw .missingToken }
        let rememberMe = items.last(where: { $0.name == "remember_me" })?.value.map { $0 == "true" || $0 == "1" }

        let (claims, verified) = try await decodeClaims(of: token, verifyingWith: secret)
        return LoginResult(loginURL: loginURL, token: token, rememberMe: rememberMe, claims: claims, signatureVerified: verified)
    }

    /// An OAuth 2.0 result: the token endpoint's answer, with the access token's claims decoded (and checked with a
    /// secret when given). `loginURL` is the confirm call's, kept for `--output json`.
    public static func oauth(loginURL: String, answer: OAuthTokenResponse, verifyingWith secret: String? = nil) async throws(AuthError) -> LoginResult {
        guard !answer.accessToken.isEmpty else { throw .malformedResponse(status: 200, reason: "the token answer has an empty access_token") }
        let (claims, verified) = try await decodeClaims(of: answer.accessToken, verifyingWith: secret)
        return LoginResult(loginURL: loginURL, token: answer.accessToken, rememberMe: nil, claims: claims, signatureVerified: verified,
                           mode: .oauth2, refreshToken: answer.refreshToken.flatMap { $0.isEmpty ? nil : $0 },
                           expiresIn: answer.expiresIn, tokenType: answer.tokenType)
    }

    /// The claims of `token`, decoded without trust, or verified (HS256 signature and expiry) against `secret`.
    static func decodeClaims(of token: String, verifyingWith secret: String?) async throws(AuthError) -> (UserClaims, Bool) {
        let keys = JWTKeyCollection()
        let claims: UserClaims
        do {
            claims = try await keys.unverified(token, as: UserClaims.self)
        } catch {
            throw .invalidToken(reason: "it is not a JWT with sub and exp claims")
        }
        var verified = false
        if let secret {
            await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
            do {
                _ = try await keys.verify(token, as: UserClaims.self)
                verified = true
            } catch let error as JWTError where error.errorType == .claimVerificationFailure {
                throw .invalidToken(reason: "it has expired")
            } catch {
                throw .invalidToken(reason: "its signature does not match the given secret")
            }
        }
        return (claims, verified)
    }
}
