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
        return LoginResult(loginURL: loginURL, token: token, rememberMe: rememberMe, claims: claims, signatureVerified: verified)
    }
}
