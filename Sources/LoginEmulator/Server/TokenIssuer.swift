import Crypto
import Foundation
import JWTKit
import PhoneAuth

/// Signs user JWTs as Xsolla does: HS256 with the project secret or RS256 with the project key (its id in `kid`),
/// Xsolla's claims, a `sub` stable per phone.
struct TokenIssuer: Sendable {
    let keys: JWTKeyCollection
    let lifetime: Duration
    /// How long an OAuth 2.0 access token lives.
    let accessLifetime: Duration
    /// The RS256 key's id, put in every token's header; nil for HS256.
    let keyID: JWKIdentifier?
    /// What `GET /api/projects/{projectId}/keys` lists: the RS256 public key, or nothing for HS256.
    let publicKeys: [ProjectKey]
    /// The emulator's clock: tokens are issued at its now and verified against it.
    var clock = EmulatorClock()

    /// An HS256 issuer with `secret`.
    init(secret: String, lifetime: Duration, accessLifetime: Duration = .seconds(3_600)) async {
        self.keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.lifetime = lifetime
        self.accessLifetime = accessLifetime
        self.keyID = nil
        self.publicKeys = []
    }

    /// An RS256 issuer with `key`.
    init(key: EmulatorSigningKey, lifetime: Duration, accessLifetime: Duration = .seconds(3_600)) async {
        let keyID = JWKIdentifier(string: key.keyID)
        self.keys = JWTKeyCollection()
        await keys.add(rsa: key.privateKey, digestAlgorithm: .sha256, kid: keyID)
        self.lifetime = lifetime
        self.accessLifetime = accessLifetime
        self.keyID = keyID
        self.publicKeys = [key.publicKey]
    }

    /// The issuer `configuration` asks for: HS256 with its secret, or RS256 with its PEM key or a fresh key pair.
    static func make(for configuration: EmulatorConfiguration, clock: EmulatorClock = EmulatorClock()) async throws -> TokenIssuer {
        var issuer: TokenIssuer
        switch configuration.jwtAlgorithm {
        case .hs256:
            issuer = await TokenIssuer(secret: configuration.jwtSecret, lifetime: configuration.tokenLifetime,
                                       accessLifetime: configuration.accessTokenLifetime)
        case .rs256:
            let key = try configuration.jwtPrivateKeyPEM.map { pem throws(EmulatorKeyError) in try EmulatorSigningKey(pem: pem) }
                ?? EmulatorSigningKey.generate()
            issuer = await TokenIssuer(key: key, lifetime: configuration.tokenLifetime, accessLifetime: configuration.accessTokenLifetime)
        }
        issuer.clock = clock
        return issuer
    }

    /// A signed token for a confirmed login, issued at `now` (default: the emulator's clock).
    func token(phone: String, projectID: String, payload: String?, now: Date? = nil) async throws -> String {
        try await keys.sign(Self.claims(phone: phone, projectID: projectID, lifetime: lifetime, now: now ?? clock.date, payload: payload), kid: keyID)
    }

    /// A signed OAuth 2.0 access token: the JWT-mode claims plus a fresh `jti` and the granted scopes in `scp`.
    func accessToken(for grant: OAuthGrant) async throws -> (token: String, claims: UserClaims) {
        var claims = Self.claims(phone: grant.phone, projectID: grant.projectID, lifetime: accessLifetime, now: clock.date, payload: nil)
        claims.tokenID = UUID().uuidString.lowercased()
        claims.scopes = grant.scopes
        return (try await keys.sign(claims, kid: keyID), claims)
    }

    /// The claims of `token` when it carries a valid signature and has not expired by the emulator's clock.
    func verifiedClaims(_ token: String) async -> UserClaims? {
        guard let signed = try? await keys.verify(token, as: SignedClaims.self) else { return nil }
        return signed.claims.expiresAt > clock.date ? signed.claims : nil
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
