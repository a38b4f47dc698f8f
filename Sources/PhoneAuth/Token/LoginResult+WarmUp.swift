import Foundation
import PhoneAuthModel

extension LoginResult {
    /// Runs a login's answer path once on a stand-in token that signs in nobody: the confirm body encoded, the
    /// answer decoded, the token's claims decoded. The Swift runtime does a few milliseconds of one-time work the
    /// first time it meets these types (type metadata, protocol conformance lookups); done while a person types the
    /// code, it is not waiting for them after Enter. Nothing is sent, kept or logged. Says whether the stand-in went
    /// all the way through (the path it warms is the real one).
    @discardableResult
    static func warmUp() async -> Bool {
        let claims = UserClaims(subject: "00000000-0000-4000-8000-000000000000", expiresAt: Date(timeIntervalSince1970: 0),
                                issuedAt: Date(timeIntervalSince1970: 0), type: "sms", projectID: "00000000-0000-4000-8000-000000000000",
                                groups: [UserGroup(id: 0, name: "default", isDefault: true)])
        guard let payload = try? JSONEncoder().encode(claims),
              let body = try? JSONEncoder().encode(CompleteAuthBody(code: "0000", operationID: "warm-up", phoneNumber: "+10000000000"))
        else { return false }
        let header = Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8)
        let token = [header, payload, Data("warm-up".utf8)].map(Self.base64URL).joined(separator: ".")
        let answer = Data(#"{"login_url":"http://warm-up.invalid/?token=\#(token)&remember_me=false"}"#.utf8)
        guard body.count > 0, let response = try? JSONDecoder().decode(CompleteAuthResponse.self, from: answer) else { return false }
        return (try? await parse(loginURL: response.loginURL))?.claims.subject == claims.subject
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
            .replacing("=", with: "")
    }
}
