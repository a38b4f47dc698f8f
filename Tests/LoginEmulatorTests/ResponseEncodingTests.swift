import Foundation
import JWTKit
import PhoneAuth
import Testing

@testable import LoginEmulator

/// The answers' wire form that clients and testers read: the JSON encoder's settings, `sent_at` to the millisecond, and
/// the tokens jwt-kit signs.
@Suite("The answers' wire format")
struct ResponseEncodingTests {
    @Test("JSON answers have sorted keys, unescaped slashes, and no `link` when there is none", arguments: [
        (SMSMessage(phoneNumber: "+4915100000001", code: "1234", operationID: "op", link: "http://127.0.0.1:8480/emulator/link/t",
                    sentAt: "2026-11-22T01:02:03.456Z", text: "a \"b\"\n", confirmAttempts: 2),
         #"{"code":"1234","confirm_attempts":2,"link":"http://127.0.0.1:8480/emulator/link/t","operation_id":"op","#
            + #""phone_number":"+4915100000001","sent_at":"2026-11-22T01:02:03.456Z","text":"a \"b\"\n"}"#),
        (SMSMessage(phoneNumber: "+4915100000001", code: "1234", operationID: "op", link: nil, sentAt: "s", text: "t"),
         #"{"code":"1234","confirm_attempts":0,"operation_id":"op","phone_number":"+4915100000001","sent_at":"s","text":"t"}"#),
    ])
    func encoderSettings(_ example: (SMSMessage, String)) throws {
        #expect(String(decoding: try EmulatorRequestContext.encoder.encode(example.0), as: UTF8.self) == example.1)
    }

    @Test("a token the emulator signs verifies and carries the claims it was given")
    func signedToken() async throws {
        let issuer = await TokenIssuer(secret: String(repeating: "k", count: 32), lifetime: .seconds(86_400))
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let payload = "mixed \"a\"\\/\u{10}end\u{1F}"
        let token = try await issuer.token(phone: "+4915112345678", projectID: "00000000-0000-4000-8000-000000000000",
                                           payload: payload, now: now)
        #expect(await issuer.isValid(token))
        var base64 = token.split(separator: ".")[0].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        let header = try JSONSerialization.jsonObject(with: try #require(Data(base64Encoded: base64))) as? NSDictionary
        #expect(header == ["alg": "HS256", "typ": "JWT"])
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: String(repeating: "k", count: 32)), digestAlgorithm: .sha256)
        let claims = try await keys.verify(token, as: UserClaims.self)
        #expect(claims == UserClaims(subject: TokenIssuer.userID(for: "+4915112345678"), expiresAt: now.addingTimeInterval(86_400),
                                     issuedAt: now, type: "phone", projectID: "00000000-0000-4000-8000-000000000000",
                                     groups: [UserGroup(id: 1, name: "default", isDefault: true)], payload: payload))
    }

    @Test("sent_at", arguments: [
        0, 0.001, 0.999, 1_000_000_000.123, 1_795_000_000.9994, 1_795_000_000.9996, 951_782_400.5, 951_868_799.25, 4_102_444_799.999,
        -1.5, -86_400.0004, 1_700_000_000.000_000_1, 253_402_300_799.5,
    ])
    func timestamp(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(SMSMessage.sentAt(date) == ISO8601DateFormatter.withFractions.string(from: date))
    }

    @Test("sent_at, now and at random instants")
    func timestampsAtRandom() {
        var generator = SystemRandomNumberGenerator()
        let dates = [Date()] + (0..<200).map { _ in Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &generator)) }
        for date in dates {
            #expect(SMSMessage.sentAt(date) == ISO8601DateFormatter.withFractions.string(from: date), "\(date.timeIntervalSince1970)")
        }
    }
}
