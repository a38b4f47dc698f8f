import JWTKit
import PhoneAuthModel

/// The user JWT's claims as jwt-kit signs and verifies them.
extension UserClaims: JWTPayload {
    /// Checks the expiry (jwt-kit calls this after checking the signature).
    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try ExpirationClaim(value: expiresAt).verifyNotExpired()
    }
}
