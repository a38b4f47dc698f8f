import Foundation
import JWTKit
import PhoneAuth

/// The JSON encoder of the emulator's token signer: writes the payload of the tokens the emulator signs (a
/// `UserClaims` whose dates are whole seconds) and their plain HS256 header directly, and leaves everything else to
/// jwt-kit's default encoder. The JSON means the same as the default encoder's (the tests compare them); the load benchmark
/// measured the default encoder at about a twentieth of the emulator's CPU per login.
struct ClaimsEncoder: JWTJSONEncoder {
    private let fallback: any JWTJSONEncoder = .defaultForJWT

    func encode<T: Encodable>(_ value: T) throws -> Data {
        if let claims = value as? UserClaims, let text = Self.json(claims) { return Data(text.utf8) }
        if let header = value as? JWTHeader, let text = Self.json(header) { return Data(text.utf8) }
        return try fallback.encode(value)
    }

    /// The header of an HS256 token without other fields, or nil for any other header.
    static func json(_ header: JWTHeader) -> String? {
        guard header.fields.count == 2, header.alg == "HS256", header.typ == "JWT" else { return nil }
        return #"{"alg":"HS256","typ":"JWT"}"#
    }

    /// The claims as JSON, or nil when a date has a fraction of a second (the default encoder writes those).
    static func json(_ claims: UserClaims) -> String? {
        func seconds(_ date: Date) -> String? {
            let value = date.timeIntervalSince1970
            guard value == value.rounded(), let whole = Int64(exactly: value) else { return nil }
            return String(whole)
        }
        guard let expires = seconds(claims.expiresAt) else { return nil }
        var text = "{\"sub\":" + JSONText.string(claims.subject) + ",\"exp\":" + expires
        if let issuedAt = claims.issuedAt {
            guard let issued = seconds(issuedAt) else { return nil }
            text += ",\"iat\":" + issued
        }
        if let issuer = claims.issuer { text += ",\"iss\":" + JSONText.string(issuer) }
        if let type = claims.type { text += ",\"type\":" + JSONText.string(type) }
        if let projectID = claims.projectID { text += ",\"xsolla_login_project_id\":" + JSONText.string(projectID) }
        if let groups = claims.groups {
            text += ",\"groups\":[" + groups.map { group in
                "{\"id\":\(group.id),\"name\":" + JSONText.string(group.name) + ",\"is_default\":\(group.isDefault)}"
            }.joined(separator: ",") + "]"
        }
        if let payload = claims.payload { text += ",\"payload\":" + JSONText.string(payload) }
        if let username = claims.username { text += ",\"username\":" + JSONText.string(username) }
        if let email = claims.email { text += ",\"email\":" + JSONText.string(email) }
        return text + "}"
    }
}
