import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("The SMS outbox for testers")
struct OutboxTests {
    @Test("GET lists messages oldest first, filters by phone, DELETE clears")
    func listFilterClear() async throws {
        try await EmulatorHarness.run { emulator, client in
            for text in ["+4915100000001", "+4915100000002", "+4915100000001"] {
                _ = try await client.startAuth(phone: try #require(PhoneNumber(validating: text)))
            }
            let all = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(all.body.utf8)) as? [[String: Any]])
            #expect(list.map { $0["phone_number"] as? String } == ["+4915100000001", "+4915100000002", "+4915100000001"])
            let first = try #require(list.first)
            #expect(Set(first.keys) == ["phone_number", "code", "operation_id", "sent_at", "text", "confirm_attempts"])
            #expect(ISO8601DateFormatter.withFractions.date(from: first["sent_at"] as? String ?? "") != nil)

            let filtered = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms?phone_number=%2B4915100000002")
            let one = try #require(try JSONSerialization.jsonObject(with: Data(filtered.body.utf8)) as? [[String: Any]])
            #expect(one.count == 1)

            let cleared = try await RawHTTP.send(.DELETE, emulator.rootURL + "/emulator/sms")
            #expect(cleared.status == 204)
            #expect(try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/sms").body == "[]")
        }
    }

    @Test("the outbox keeps only its newest messages")
    func capacity() async throws {
        try await EmulatorHarness.run(TestProject.emulator(outboxCapacity: 3)) { emulator, client in
            for index in 1...5 {
                _ = try await client.startAuth(phone: try #require(PhoneNumber(validating: "+491510000000\(index)")))
            }
            #expect(await emulator.messages().map(\.phoneNumber) == ["+4915100000003", "+4915100000004", "+4915100000005"])
        }
    }
}

extension ISO8601DateFormatter {
    static var withFractions: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
