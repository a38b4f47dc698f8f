import Foundation
import JWTKit
@testable import PhoneAuth
import Testing

@Suite("Taking the token out of login_url and reading its claims")
struct LoginResultParsingTests {
    static let secret = "unit-test-secret-0123456789abcdef0123"

    static func token(expiresIn seconds: Double = 3_600, secret: String = secret) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        let now = Date()
        let claims = UserClaims(subject: "7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90", expiresAt: now.addingTimeInterval(seconds),
                                issuedAt: now, type: "phone", projectID: "6b1f2c3a-0000-4000-8000-000000000001",
                                groups: [UserGroup(id: 6, name: "default", isDefault: true)], payload: "seat-12")
        return try await keys.sign(claims)
    }

    @Test("claims are decoded without trusting them when no secret is given")
    func decodesUnverified() async throws {
        let token = try await Self.token()
        let result = try await LoginResult.parse(loginURL: "https://game.example/cb?token=\(token)&remember_me=false")
        #expect(result.token == token)
        #expect(result.rememberMe == false)
        #expect(result.signatureVerified == false)
        #expect(result.claims.subject == "7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90")
        #expect(result.claims.type == "phone")
        #expect(result.claims.issuer == "https://login.xsolla.com")
        #expect(result.claims.projectID == "6b1f2c3a-0000-4000-8000-000000000001")
        #expect(result.claims.groups == [UserGroup(id: 6, name: "default", isDefault: true)])
        #expect(result.claims.payload == "seat-12")
        #expect(result.maskedToken.count < 20 && !result.maskedToken.contains(String(token.dropFirst(8).prefix(20))))
    }

    @Test("the signature is checked when a secret is given")
    func verifiesSignature() async throws {
        let token = try await Self.token()
        let result = try await LoginResult.parse(loginURL: "https://game.example/cb?token=\(token)", verifyingWith: Self.secret)
        #expect(result.signatureVerified)
        await #expect(throws: AuthError.invalidToken(reason: "its signature does not match the given secret")) {
            try await LoginResult.parse(loginURL: "https://game.example/cb?token=\(token)", verifyingWith: "another-secret-0123456789abcdef012345")
        }
    }

    @Test("an expired token fails verification but still decodes untrusted")
    func expired() async throws {
        let token = try await Self.token(expiresIn: -60)
        await #expect(throws: AuthError.invalidToken(reason: "it has expired")) {
            try await LoginResult.parse(loginURL: "https://game.example/cb?token=\(token)", verifyingWith: Self.secret)
        }
        let untrusted = try await LoginResult.parse(loginURL: "https://game.example/cb?token=\(token)")
        #expect(untrusted.claims.expiresAt < Date())
    }

    @Test("login_url without a usable token", arguments: [
        ("https://game.example/cb?remember_me=false", AuthError.missingToken),
        ("https://game.example/cb?token=", AuthError.missingToken),
        ("https://game.example/cb?token=not.a.jwt", AuthError.invalidToken(reason: "it is not a JWT with sub and exp claims")),
        ("https://game.example/cb?token=abc", AuthError.invalidToken(reason: "it is not a JWT with sub and exp claims")),
    ])
    func missingOrBroken(_ example: (String, AuthError)) async {
        await #expect(throws: example.1) { try await LoginResult.parse(loginURL: example.0) }
    }

    @Test("the JSON output carries the token, the claims with Unix times, and whether it was verified")
    func jsonOutput() async throws {
        let before = Date().timeIntervalSince1970
        let token = try await Self.token()
        let after = Date().timeIntervalSince1970
        let result = try await LoginResult.parse(loginURL: "https://game.example/cb?token=\(token)&remember_me=true")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.jsonLine().utf8)) as? [String: Any])
        #expect(object["token"] as? String == token)
        #expect(object["remember_me"] as? Bool == true)
        #expect(object["signature_verified"] as? Bool == false)
        let claims = try #require(object["claims"] as? [String: Any])
        let exp = try #require(claims["exp"] as? Double)
        // An hour after signing, in Unix seconds (whole seconds in the token: one either side).
        #expect((before + 3_599...after + 3_601).contains(exp), "exp \(exp), signed between \(before) and \(after)")
    }

    @Test("the warm-up runs the real answer path to its end on its stand-in token")
    func warmUp() async {
        // If the stand-in stopped parsing (a claim renamed, a stricter decoder), the warm-up would quietly warm nothing.
        #expect(await LoginResult.warmUp())
    }
}
