import Foundation
import JWTKit
import PhoneAuth
import Testing

@testable import LoginEmulator

/// The login path's answers are written without `JSONEncoder`, and `sent_at` without `ISO8601DateFormatter`: these
/// tests hold them to the bytes those make.
@Suite("Answers written directly match the encoders")
struct ResponseEncodingTests {
    static let awkward = [
        "", "plain", "quote \" inside", "back\\slash", "https://example.com/cb?token=a.b&remember_me=false",
        "\n\r\t\u{8}\u{C}", "\u{0}\u{1}\u{F}\u{10}\u{1F}\u{7F}", "ünïcødé ✓ 😀 e\u{301}", "mixed \"a\"\\/\u{10}end\u{1F}",
    ]

    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("start and confirm answers", arguments: awkward)
    func answers(_ text: String) throws {
        #expect(String(buffer: JSONText.body(StartAuthResponse(operationID: text))) == (try Self.encoded(StartAuthResponse(operationID: text))))
        #expect(String(buffer: JSONText.body(CompleteAuthResponse(loginURL: text))) == (try Self.encoded(CompleteAuthResponse(loginURL: text))))
    }

    @Test("the outbox listing, with and without links", arguments: [0, 1, 3])
    func outbox(_ count: Int) throws {
        let messages = (0..<count).map { index in
            SMSMessage(phoneNumber: "+4915100000\(index)", code: Self.awkward[index % Self.awkward.count], operationID: "op-\(index)",
                       link: index == 1 ? "http://127.0.0.1:8480/emulator/link/\(Self.awkward[8])" : nil,
                       sentAt: "2026-11-22T01:02:03.456Z", text: Self.awkward[(index + 5) % Self.awkward.count], confirmAttempts: index * 7)
        }
        #expect(String(buffer: JSONText.body(messages)) == (try Self.encoded(messages)))
    }

    static let claims: [UserClaims] = [
        UserClaims(subject: "0f8fad5b-d9cb-469f-a165-70867728950e", expiresAt: Date(timeIntervalSince1970: 1_795_000_000)),
        UserClaims(subject: "s", expiresAt: Date(timeIntervalSince1970: 1_795_000_000), issuedAt: Date(timeIntervalSince1970: 1_794_913_600),
                   type: "phone", projectID: "00000000-0000-4000-8000-000000000000",
                   groups: [UserGroup(id: 1, name: "default", isDefault: true), UserGroup(id: -2, name: awkward[8], isDefault: false)],
                   payload: awkward[7], username: awkward[2], email: "a/b@example.com"),
        UserClaims(subject: awkward[6], expiresAt: Date(timeIntervalSince1970: 0), issuer: nil, groups: []),
        UserClaims(subject: "fraction", expiresAt: Date(timeIntervalSince1970: 1_795_000_000.5)),
    ]

    @Test("token claims mean what jwt-kit's encoder writes", arguments: claims)
    func tokenClaims(_ claims: UserClaims) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let ours = try JSONSerialization.jsonObject(with: try ClaimsEncoder().encode(claims)) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: try encoder.encode(claims)) as? NSDictionary
        #expect(ours != nil && ours == theirs)
    }

    @Test("the header of an HS256 token means what jwt-kit's encoder writes; other headers are left to it", arguments: [
        (JWTHeader(fields: ["alg": .string("HS256"), "typ": .string("JWT")]), true),
        (JWTHeader(fields: ["alg": .string("HS256"), "typ": .string("JWT"), "kid": .string("a")]), false),
        (JWTHeader(fields: ["alg": .string("RS256"), "typ": .string("JWT")]), false),
    ])
    func tokenHeader(_ example: (JWTHeader, Bool)) throws {
        #expect((ClaimsEncoder.json(example.0) != nil) == example.1)
        let ours = try JSONSerialization.jsonObject(with: try ClaimsEncoder().encode(example.0)) as? NSDictionary
        let theirs = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(example.0)) as? NSDictionary
        #expect(ours != nil && ours == theirs)
    }

    @Test("a token the emulator signs verifies and carries the claims it was given")
    func signedToken() async throws {
        let issuer = await TokenIssuer(secret: String(repeating: "k", count: 32), lifetime: .seconds(86_400))
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let token = try await issuer.token(phone: "+4915112345678", projectID: "00000000-0000-4000-8000-000000000000",
                                           payload: Self.awkward[8], now: now)
        #expect(await issuer.isValid(token))
        var base64 = token.split(separator: ".")[0].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        let header = try #require(Data(base64Encoded: base64))
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"HS256","typ":"JWT"}"#, "the emulator's own encoder wrote it")
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: String(repeating: "k", count: 32)), digestAlgorithm: .sha256)
        let claims = try await keys.verify(token, as: UserClaims.self)
        #expect(claims == UserClaims(subject: TokenIssuer.userID(for: "+4915112345678"), expiresAt: now.addingTimeInterval(86_400),
                                     issuedAt: now, type: "phone", projectID: "00000000-0000-4000-8000-000000000000",
                                     groups: [UserGroup(id: 1, name: "default", isDefault: true)], payload: Self.awkward[8]))
    }

    @Test("sent_at", arguments: [
        0, 0.001, 0.999, 1_000_000_000.123, 1_795_000_000.9994, 1_795_000_000.9996, 951_782_400.5, 951_868_799.25, 4_102_444_799.999,
        -1.5, -86_400.0004, 1_700_000_000.000_000_1, 253_402_300_799.5,
    ])
    func timestamp(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Timestamp.iso8601(date) == ISO8601DateFormatter.withFractions.string(from: date))
    }

    @Test("sent_at, now and at random instants")
    func timestampsAtRandom() {
        var generator = SystemRandomNumberGenerator()
        let dates = [Date()] + (0..<200).map { _ in Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &generator)) }
        for date in dates {
            #expect(Timestamp.iso8601(date) == ISO8601DateFormatter.withFractions.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }
}
