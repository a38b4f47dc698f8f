import Foundation
import Hummingbird
import JWTKit
@testable import LoginEmulator
import NIOCore
@testable import PhoneAuth
import PhoneLoginTestSupport
import Synchronization
import Testing

/// RS256 projects: the client checks a token against the keys the project publishes at
/// `GET /api/projects/{projectId}/keys`, chosen by the token's `kid`, with no secret given.
@Suite("RS256: tokens checked against the project's published keys, by kid")
struct SignatureCheckTests {
    static let phone = PhoneNumber(validating: "+15555550100")!

    @Test("JWT mode against an RS256 emulator: the token's signature is verified with no secret given")
    func jwtMode() async throws {
        var configuration = TestProject.emulator()
        configuration.jwtAlgorithm = .rs256
        try await EmulatorHarness.run(configuration) { emulator, client in
            let operation = try await client.startAuth(phone: Self.phone)
            let code = try #require(await emulator.code(for: operation))
            let result = try await client.completeAuth(phone: Self.phone, operationID: operation, code: code)
            #expect(result.signatureVerified)
            #expect(TokenHeader(of: result.token)?.algorithm == "RS256")
        }
    }

    @Test("OAuth 2.0 against an RS256 emulator: the exchanged and the refreshed access tokens are verified")
    func oauthMode() async throws {
        try await OAuthClientTests.run(configure: { $0.jwtAlgorithm = .rs256 }) { emulator, client in
            let result = try await OAuthClientTests.signIn(emulator, client)
            #expect(result.signatureVerified)
            let refreshed = try await client.refresh(refreshToken: try #require(result.refreshToken))
            #expect(refreshed.signatureVerified)
        }
    }

    /// A token for `claims` signed with `key`, naming `kid`.
    static func token(signedWith key: EmulatorSigningKey, kid: String, expiresIn seconds: TimeInterval = 3_600) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: key.privateKey, digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
        let claims = UserClaims(subject: UUID().uuidString, expiresAt: Date().addingTimeInterval(seconds), issuedAt: Date(),
                                type: "phone", projectID: TestProject.id)
        return try await keys.sign(claims, kid: JWKIdentifier(string: kid))
    }

    /// `key`'s public half under another `kid`, in Xsolla's keys shape.
    static func published(_ key: EmulatorSigningKey, as kid: String) -> String {
        #"{"alg":"RS256","e":"\#(key.publicKey.exponent)","kid":"\#(kid)","kty":"RSA","n":"\#(key.publicKey.modulus)","use":"sig"}"#
    }

    /// A lying Login server on loopback: confirm answers a `login_url` with the next of `tokens`; the keys call
    /// answers `keys()` (or 500 when it is nil) and counts its calls. Runs `body` with a JWT-mode client for it.
    static func lyingServer<R: Sendable>(
        tokens: [String], keys: @escaping @Sendable (Int) -> String?, _ body: (AuthClient, CallCount) async throws -> R
    ) async throws -> R {
        let fetches = CallCount()
        let confirms = CallCount()
        let router = Router()
        router.post("/api/login/phone/request") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"operation_id":"op"}"#)))
        }
        router.post("/api/login/phone/confirm") { _, _ in
            let index = confirms.next() - 1
            let body = #"{"login_url":"https://example.com/cb?token=\#(tokens[min(index, tokens.count - 1)])"}"#
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("/api/projects/:id/keys") { _, _ in
            let count = fetches.next()
            guard let text = keys(count) else { return Response(status: .internalServerError) }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                                      onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task { try await application.run() }
        defer { task.cancel() }
        var port = 0
        for await bound in ready { port = bound; break }
        return try await AuthClient.with(TestProject.client("http://127.0.0.1:\(port)/api")) { client in try await body(client, fetches) }
    }

    /// How often a route of the lying server was called.
    final class CallCount: Sendable {
        private let count = Mutex(0)
        /// Counts one call and returns the count.
        func next() -> Int { count.withLock { $0 += 1; return $0 } }
        /// The calls so far.
        var value: Int { count.withLock { $0 } }
    }

    /// One JWT-mode sign-in against whatever server `client` points at.
    static func signIn(_ client: AuthClient) async throws -> LoginResult {
        let operation = try await client.startAuth(phone: phone)
        return try await client.completeAuth(phone: phone, operationID: operation, code: "1234")
    }

    @Test("a token re-signed with another key under the published kid: refused as a bad token (exit 8's error)")
    func resigned() async throws {
        let genuine = try EmulatorSigningKey.generate()
        let forger = try EmulatorSigningKey.generate()
        let forged = try await Self.token(signedWith: forger, kid: "k1")
        try await Self.lyingServer(tokens: [forged], keys: { _ in "[\(Self.published(genuine, as: "k1"))]" }) { client, _ in
            await #expect(throws: AuthError.invalidToken(reason: "its signature does not match the project's key k1")) {
                try await Self.signIn(client)
            }
        }
    }

    @Test("a kid the project does not publish is refused, after asking for the keys again once")
    func unknownKey() async throws {
        let key = try EmulatorSigningKey.generate()
        let token = try await Self.token(signedWith: key, kid: "k9")
        try await Self.lyingServer(tokens: [token], keys: { _ in "[\(Self.published(key, as: "k1"))]" }) { client, fetches in
            await #expect(throws: AuthError.invalidToken(reason: "it is signed with a key (kid k9) the project does not publish")) {
                try await Self.signIn(client)
            }
            #expect(fetches.value == 1)
        }
    }

    @Test("keys kept ten minutes; a new kid (a rotated key) fetches them again once, then both verify from the cache")
    func rotation() async throws {
        let first = try EmulatorSigningKey.generate()
        let second = try EmulatorSigningKey.generate()
        let tokens = [try await Self.token(signedWith: first, kid: "k1"), try await Self.token(signedWith: second, kid: "k2"),
                      try await Self.token(signedWith: first, kid: "k1")]
        let keys: @Sendable (Int) -> String? = { fetch in
            fetch == 1 ? "[\(Self.published(first, as: "k1"))]" : "[\(Self.published(first, as: "k1")),\(Self.published(second, as: "k2"))]"
        }
        try await Self.lyingServer(tokens: tokens, keys: keys) { client, fetches in
            let first = try await Self.signIn(client)
            #expect(first.signatureVerified && fetches.value == 1)
            let second = try await Self.signIn(client)
            #expect(second.signatureVerified && fetches.value == 2, "the unknown kid fetched the keys again")
            let third = try await Self.signIn(client)
            #expect(third.signatureVerified && fetches.value == 2, "a known kid is verified from the kept keys")
        }
    }

    @Test("keys that cannot be fetched: a warning and signature_verified false, never a lost login")
    func unreachableKeys() async throws {
        let key = try EmulatorSigningKey.generate()
        let token = try await Self.token(signedWith: key, kid: "k1")
        try await Self.lyingServer(tokens: [token], keys: { _ in nil }) { client, fetches in
            let result = try await Self.signIn(client)
            #expect(result.signatureVerified == false)
            #expect(result.token == token)
            #expect(fetches.value == 1)
        }
    }

    @Test("an expired RS256 token with a good signature is refused as expired")
    func expired() async throws {
        let key = try EmulatorSigningKey.generate()
        let token = try await Self.token(signedWith: key, kid: "k1", expiresIn: -60)
        try await Self.lyingServer(tokens: [token], keys: { _ in "[\(Self.published(key, as: "k1"))]" }) { client, _ in
            await #expect(throws: AuthError.invalidToken(reason: "it has expired")) { try await Self.signIn(client) }
        }
    }

    @Test("hex numbers of the keys call read as bytes, an odd count with a leading zero, non-hex refused", arguments: [
        ("010001", [0x01, 0x00, 0x01] as [UInt8]?), ("10001", [0x01, 0x00, 0x01]), ("ABcd", [0xab, 0xcd]), ("zz", nil), ("", nil),
    ])
    func hex(_ text: String, expected: [UInt8]?) {
        #expect(ProjectKey.bytes(fromHex: text) == expected)
    }
}
