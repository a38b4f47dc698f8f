import Crypto
import Foundation
import JWTKit
import PhoneAuth

/// Signs user JWTs as Xsolla does: HS256 with the project secret, Xsolla's claims, a `sub` stable per phone.
struct TokenIssuer: Sendable {
    let keys: JWTKeyCollection
    let lifetime: Duration

    init(secret: String, lifetime: Duration) async {
        self.keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        self.lifetime = lifetime
    }

    /// A signed token for a confirmed login.
    func token(phone: String, projectID: String, payload: String?, now: Date = Date()) async throws -> String {
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let claims = UserClaims(
            subject: Self.userID(for: phone), expiresAt: issued.addingTimeInterval(Double(lifetime.components.seconds)),
            issuedAt: issued, issuer: UserClaims.xsollaIssuer, type: "phone", projectID: projectID,
            groups: [UserGroup(id: 1, name: "default", isDefault: true)], payload: payload)
        return try await keys.sign(claims)
    }

    /// Whether `token` carries a valid signature and has not expired.
    func isValid(_ token: String) async -> Bool {
        (try? await keys.verify(token, as: UserClaims.self)) != nil
    }

    /// A UUID derived from the phone number (SHA-256, shaped as a version-8 UUID): the same user every time.
    static func userID(for phone: String) -> String {
        var bytes = Array(SHA256.hash(data: Data("xsolla-login-emulator:user:\(phone)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let uuid = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString.lowercased()
    }
}
