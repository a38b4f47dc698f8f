import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

/// RS256: the key pair, its id in every token's header, `GET /api/projects/{projectId}/keys` in Xsolla's hex shape,
/// and the key files `--jwt-key` refuses.
@Suite("RS256 signing and the project keys")
struct SigningKeyTests {
    /// An RS256 emulator configuration (a fresh key pair unless `pem` is given).
    static func rs256(pem: String? = nil, projectIDs: Set<String>? = nil) -> EmulatorConfiguration {
        var configuration = TestProject.emulator(projectIDs: projectIDs)
        configuration.jwtAlgorithm = .rs256
        configuration.jwtPrivateKeyPEM = pem
        return configuration
    }

    /// The keys endpoint's answer.
    static func keys(_ client: any TestClientProtocol, project: String = TestProject.id) async throws -> [ProjectKey] {
        let response = try await client.execute(uri: "/api/projects/\(project)/keys", method: .get)
        try #require(response.status == .ok, "\(String(buffer: response.body))")
        #expect(response.headers[.contentType] == "application/json")
        return try JSONDecoder().decode([ProjectKey].self, from: Data(response.body.readableBytesView))
    }

    /// Bytes from lower- or upper-case hex; nil for anything else.
    static func bytes(hex: String) -> [UInt8]? {
        guard hex.count % 2 == 0 else { return nil }
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            result.append(byte)
            index = next
        }
        return result
    }

    /// A key collection that knows only the listed keys, each under its `kid`: what a client builds from the endpoint.
    static func verifier(_ keys: [ProjectKey]) async throws -> JWTKeyCollection {
        let collection = JWTKeyCollection()
        for key in keys {
            let n = try #require(bytes(hex: key.modulus)), e = try #require(bytes(hex: key.exponent))
            let publicKey = try Insecure.RSA.PublicKey(modulus: base64URL(n), exponent: base64URL(e))
            await collection.add(rsa: publicKey, digestAlgorithm: .sha256, kid: JWKIdentifier(string: key.keyID))
        }
        return collection
    }

    /// Base64url without padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The header of a JWT, decoded.
    static func header(_ token: String) throws -> [String: String] {
        let part = try #require(token.split(separator: ".").first)
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        return try JSONDecoder().decode([String: String].self, from: try #require(Data(base64Encoded: text)))
    }

    @Test("rs256: one RSA key in hex, its kid in the tokens' header, the tokens verify with it and with nothing else")
    func rs256Keys() async throws {
        try await RouteTests.withRoutes(Self.rs256()) { client in
            let keys = try await Self.keys(client)
            let key = try #require(keys.first)
            #expect(keys.count == 1)
            #expect((key.algorithm, key.keyType, key.use) == ("RS256", "RSA", "sig"))
            #expect(key.exponent == "010001", "65537 as hex")
            #expect(key.modulus.count == 512 && key.modulus == key.modulus.lowercased() && Self.bytes(hex: key.modulus) != nil, "a 2048-bit modulus in hex")
            let tokens = try await OAuthSteps.signIn(client)
            #expect(try Self.header(tokens.accessToken) == ["alg": "RS256", "kid": key.keyID, "typ": "JWT"])
            let claims = try await Self.verifier(keys).verify(tokens.accessToken, as: UserClaims.self)
            #expect(claims.subject == TokenIssuer.userID(for: OAuthSteps.phone))
            let users = try await OAuthSteps.get(client, "/api/users/me", authorization: "Bearer \(tokens.accessToken)")
            #expect(users.status == .ok, "the emulator accepts its own RS256 token")
            let other = try EmulatorSigningKey.generate()
            await #expect(throws: (any Error).self) { try await Self.verifier([other.publicKey]).verify(tokens.accessToken, as: UserClaims.self) }
        }
    }

    @Test("rs256 in JWT mode: the confirm's token carries the kid and verifies with the listed key")
    func rs256JWTMode() async throws {
        try await RouteTests.withRoutes(Self.rs256()) { client in
            let keys = try await Self.keys(client)
            let start = try await client.execute(uri: RouteTests.start, method: .post, body: ByteBuffer(string: #"{"phone_number":"\#(RouteTests.phone)"}"#))
            let operation = try JSONDecoder().decode(StartAuthResponse.self, from: Data(start.body.readableBytesView)).operationID
            let code = try #require(try await RouteTests.outbox(client).last { $0.operationID == operation }?.code)
            let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(RouteTests.phone)"}"#
            let confirm = try await client.execute(uri: RouteTests.confirm, method: .post, body: ByteBuffer(string: body))
            let url = try JSONDecoder().decode(CompleteAuthResponse.self, from: Data(confirm.body.readableBytesView)).loginURL
            let token = try #require(OAuthSteps.queryValue("token", in: url))
            #expect(try Self.header(token)["kid"] == keys.first?.keyID)
            _ = try await Self.verifier(keys).verify(token, as: UserClaims.self)
            let validate = try await client.execute(uri: "/api/token/validate", method: .post, body: ByteBuffer(string: #"{"token":"\#(token)"}"#))
            #expect(validate.status == .noContent)
        }
    }

    @Test("hs256 (the default): the keys endpoint answers an empty list, tokens carry no kid")
    func hs256Keys() async throws {
        try await RouteTests.withRoutes { client in
            #expect(try await Self.keys(client).isEmpty)
            let tokens = try await OAuthSteps.signIn(client)
            #expect(try Self.header(tokens.accessToken)["kid"] == nil)
            #expect(try Self.header(tokens.accessToken)["alg"] == "HS256")
        }
    }

    @Test("a PEM key: the same kid and public key at every start, and the same as the key's own")
    func pemKey() async throws {
        let key = try EmulatorSigningKey.generate()
        let again = try EmulatorSigningKey(pem: key.pem)
        #expect(again.publicKey == key.publicKey)
        let first = try await RouteTests.withRoutes(Self.rs256(pem: key.pem)) { try await Self.keys($0) }
        let second = try await RouteTests.withRoutes(Self.rs256(pem: key.pem)) { try await Self.keys($0) }
        #expect(first == [key.publicKey])
        #expect(second == first)
        let fresh = try await RouteTests.withRoutes(Self.rs256()) { try await Self.keys($0) }
        #expect(fresh.first?.keyID != key.keyID, "without a key file, a new key pair each start")
    }

    /// A project id in the path, the configured projects, and the status that must come back.
    struct ProjectCase: Sendable, CustomTestStringConvertible {
        let name: String
        let project: String
        let projects: Set<String>?
        let status: HTTPResponse.Status
        let description: String?
        var testDescription: String { name }
    }

    @Test("the keys endpoint's project id: a UUID, one of --project's when given", arguments: [
        ProjectCase(name: "any UUID", project: TestProject.id.uppercased(), projects: nil, status: .ok, description: nil),
        ProjectCase(name: "a configured one", project: TestProject.id, projects: [TestProject.id], status: .ok, description: nil),
        ProjectCase(name: "another one", project: "ffffffff-0000-4000-8000-000000000000", projects: [TestProject.id], status: .notFound,
                    description: "Project not found."),
        ProjectCase(name: "not a UUID", project: "57", projects: nil, status: .unprocessableContent,
                    description: #"projectId in path must be of type uuid: "57""#),
    ])
    func project(_ example: ProjectCase) async throws {
        try await RouteTests.withRoutes(Self.rs256(projectIDs: example.projects)) { client in
            let response = try await client.execute(uri: "/api/projects/\(example.project)/keys", method: .get)
            #expect(response.status == example.status, "\(String(buffer: response.body))")
            #expect(OAuthSteps.error(response).description == example.description)
        }
    }

    /// A key file's text and the reason it is refused.
    struct BadKey: Sendable, CustomTestStringConvertible {
        let name: String
        let pem: String
        let error: EmulatorKeyError
        var testDescription: String { name }
    }

    static let shortKey = """
-----BEGIN PRIVATE KEY-----
MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALm/nWdRTVmj7NqP
yy17zEeAB2tHODZlW7Ro7meMAp9WW1QgkVePDSk4elqvLswpVw0fFn7TgN8pNc/7
rcLh5H7wePEQQLoR2KLxxA9+aiNuM2B6Y0S3CsloAteeflsrtELSSzehtmjQfFFQ
c0w7sXeDIx0TGgGPZVaHynqg29sTAgMBAAECgYA6+xc2GWDgV+b7t7Eibi79fS/d
5q14yFKIRNF+27xxb/BsFDNShD//mMlxRjMr7OyRZA+2kd5X/jPyKM6SFTyCb5Qx
rKQO1va8P2Lp3fOCEQa5o9HHpI9gzOrdGFrZ0iuGQuw/Kl0fKPMOwqAZGwi6HsJw
JAM/kMkvYxC8y7hnQQJBAOZL2zlR06twMmd8CqKsDXMwIL5dTtpq/Fk/GfEM1+Ow
iJLhoAB/JM/0e9heG8Xo3C1M31BJCMAuOWBoKCy88WMCQQDOeuphInm2q4TDRgK7
WOpzQ9/StwOiuDDlMFD2yYrMJMoWPpWON+lDZn/m3K2hCeo+xsd2KLzsiJL6KUSl
NvaRAkEAhHsc2OOWtefsRxXXdG8vqZUFMR2yT/n9w0WGoeG2jDgwyPZcugxqW+sU
F4tDxN1JVBIF4USycQPmY+xnOB1VawJAf3Q0FT14sB9z1i3zJb4fCoONN76syda0
p+SJNaz2tkjHTa/YFW/B108ACHuT2eIK7DE7kl5XMBKl1zF+JBWnYQJAbTg7iAXC
i5m5Q1IWum3oT2sJ5j/A5rShMufmkCFE1y0Y0KQy2h6bkCYLUaL5pOGV1sazvmgs
jotjuU2FiRAdQQ==
-----END PRIVATE KEY-----
"""

    static let ecKey = """
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg9ULXoMygc2EUKIVJ
7LxTcO+1SnL4ODT+lWmCxezuqB+hRANCAARFIfAsP+3Km7hmDGZ67cWw8fzH1G0y
kqE+ls6d+5UvK3StMGTyEJdAUJcnt4908BOspxW/UV0/0gjXadrxRZjz
-----END PRIVATE KEY-----
"""

    @Test("key files --jwt-key refuses, each with its reason", arguments: [
        BadKey(name: "not PEM", pem: "just some text\n", error: .notPEM),
        BadKey(name: "a public key", pem: try! EmulatorSigningKey.generate().privateKey.publicKey.pemRepresentation, error: .notPrivate),
        BadKey(name: "an RSA key of 1024 bits", pem: shortKey, error: .tooShort),
        BadKey(name: "an encrypted key", pem: "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n", error: .encrypted),
    ])
    func badKey(_ example: BadKey) {
        #expect(throws: example.error) { try EmulatorSigningKey(pem: example.pem) }
    }

    @Test("an EC private key is not RSA; the emulator does not start with it")
    func ecKeyRefused() async throws {
        #expect(throws: EmulatorKeyError.notRSA) { try EmulatorSigningKey(pem: Self.ecKey) }
        await #expect(throws: EmulatorKeyError.self) { try await EmulatorServer.start(configuration: Self.rs256(pem: Self.ecKey)) }
    }
}
