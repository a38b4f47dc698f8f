import JWTKit
import PhoneAuth

/// A token's claims once jwt-kit has checked the signature, the expiry left to the caller: the emulator checks it
/// against its own clock (`TokenIssuer.verifiedClaims`), not the real time `UserClaims.verify` reads.
struct SignedClaims: JWTPayload {
    /// The claims as signed.
    let claims: UserClaims

    init(from decoder: any Decoder) throws { claims = try UserClaims(from: decoder) }

    func encode(to encoder: any Encoder) throws { try claims.encode(to: encoder) }

    /// Nothing beyond the signature: the expiry is checked against the emulator's clock.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
