import Crypto
import Foundation
import JWTKit
import PhoneAuth

/// Signs user JWTs as Xsolla does: HS256 with the project secret, Xsolla's claims, a `sub` stable per phone.
struct TokenIssuer: Sendable {
    let keys: JWTKeyCollection
    let lifetime: Duration
    /// How long an OAuth 2.0 access token lives.
    let accessLifetime: Duration

    init(secret: String, lifetime: Duration, accessLifetime: Duration = .seconds(3_600)) async {
        self.keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.lifetime = lifetime
        self.accessLifetime = accessLifetime
    }

    /// A signed token for a confirmed login.
    func token(phone: String, projectID: String, payload: String?, now: Date = Date()) async throws -> String {
        try await keys.sign(Self.claims(phone: phone, projectID: projectID, lifetime: lifetime, now: now, payload: payload))
    }

    /// A signed OAuth 2.0 access token: the JWT-mode claims plus a fresh `jti` and the granted scopes in `scp`.
    func accessToken(for grant: OAuthGrant, now: Date = Date()) async throws -> (token: String, claims: UserClaims) {
        var claims = Self.claims(phone: grant.phone, projectID: grant.projectID, lifetime: accessLifetime, now: now, payload: nil)
        claims.tokenID = UUID().uuidString.lowercased()
        claims.scopes = grant.scopes
        return (try await keys.sign(claims), claims)
    }

    /// The claims of `token` when it carries a valid signature and has not expired.
    func verifiedClaims(_ token: String) async -> UserClaims? {
        try? await keys.verify(token, as: UserClaims.self)
    }

    /// Whether `token` carries a valid signature and has not expired.
    func isValid(_ token: String) async -> Bool {
        await verifiedClaims(token) != nil
    }

    /// Xsolla's claims for a phone login, issued now (whole seconds) and living `lifetime`.
    private static func claims(phone: String, projectID: String, lifetime: Duration, now: Date, payload: String?) -> UserClaims {
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        return UserClaims(
            subject: userID(for: phone), expiresAt: issued.addingTimeInterval(Double(lifetime.components.seconds)),
            issuedAt: issued, issuer: UserClaims.xsollaIssuer, type: "phone", projectID: projectID,
            groups: [UserGroup(id: 1, name: "default", isDefault: true)], payload: payload)
    }

    /// A UUID derived from the phone number: the same user every time.
    static func userID(for phone: String) -> String {
        derivedUUID("user:\(phone)")
    }

    /// The Login project id of an OAuth 2.0 client's tokens when no `--project` is configured: stable per client.
    static func projectID(forClient clientID: Int) -> String {
        derivedUUID("oauth-client:\(clientID)")
    }

    /// A UUID derived from `name` (SHA-256, shaped as a version-8 UUID).
    private static func derivedUUID(_ name: String) -> String {
        var bytes = Array(SHA256.hash(data: Data("xsolla-login-emulator:\(name)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let uuid = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString.lowercased()
    }
}
