import Foundation
import JWTKit
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// RS256 projects on the built binary: the token checked against the project's published keys with no secret given.
@Suite("RS256 on the binary: signature_verified with no secret, a re-signed token exit 8")
struct SignatureEndToEndTests {
    static let phone = "+15555550100"

    @Test("emulator --jwt-algorithm rs256, then request and confirm --output json with no secret: signature_verified true")
    func verified() async throws {
        try await EmulatorProcess.with(["--jwt-algorithm", "rs256"]) { emulator in
            let server = ["--base-url", emulator.baseURL, "--project-id", TestProject.id]
            let request = try await BinaryRunner.run(["request", "--phone", Self.phone] + server)
            #expect(request.status == 0, "request: \(request.stderr)")
            let operation = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let code = try await FullScreenTests.newestCode(emulator)
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", operation, "--code", code,
                                                      "--output", "json"] + server)
            #expect(confirm.status == 0, "confirm: \(confirm.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(confirm.stdout.utf8)) as? [String: Any])
            #expect(object["signature_verified"] as? Bool == true, "\(confirm.stdout)")
        }
    }

    /// A phone-mode token signed with `pem`'s key under `kid`.
    static func token(signedWith pem: String, kid: String) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: try Insecure.RSA.PrivateKey(pem: pem), digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
        let claims = UserClaims(subject: UUID().uuidString, expiresAt: Date().addingTimeInterval(3_600), issuedAt: Date(),
                                type: "phone", projectID: TestProject.id)
        return try await keys.sign(claims, kid: JWKIdentifier(string: kid))
    }

    @Test("a server whose token is re-signed with another key than the one it publishes: exit 8, no token printed",
          arguments: [true, false])
    func resigned(sameKeyID: Bool) async throws {
        let genuine = try EmulatorSigningKey.generate()
        let forger = try EmulatorSigningKey.generate()
        let token = try await Self.token(signedWith: forger.pem, kid: sameKeyID ? genuine.keyID : forger.keyID)
        let keys = #"[{"alg":"RS256","e":"\#(genuine.publicKey.exponent)","kid":"\#(genuine.keyID)","kty":"RSA","n":"\#(genuine.publicKey.modulus)","use":"sig"}]"#
        let routes: [RoutedServer.Route] = [
            .init(.post, "/api/login/phone/confirm", body: #"{"login_url":"https://example.com/cb?token=\#(token)"}"#),
            .init(.get, "/api/projects/:projectId/keys", body: keys),
        ]
        try await RoutedServer.run(routes) { base in
            let confirm = try await BinaryRunner.run(["confirm", "--phone", Self.phone, "--operation-id", "op", "--code", "1234",
                                                      "--base-url", base, "--project-id", TestProject.id, "--output", "json"])
            #expect(confirm.status == 8, "stderr: \(confirm.stderr)")
            #expect(confirm.stdout.isEmpty, "no token printed")
            #expect(confirm.stderr.contains(sameKeyID ? "signature" : "does not publish"), "says why: \(confirm.stderr)")
        }
    }
}
