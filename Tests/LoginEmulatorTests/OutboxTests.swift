import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@testable import LoginEmulator

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

    @Test("the indexes by phone and operation follow the messages as the oldest drop out", arguments: [
        // (capacity, phones sent in order, phone asked for, the operations listed for it)
        (3, ["a", "b", "a", "c", "a"], "a", ["3", "5"]),
        (3, ["a", "b", "a", "c", "a"], "b", [String]()),
        (1, ["a", "a", "a"], "a", ["3"]),
        (10, ["a", "b", "a"], "a", ["1", "3"]),
        (2, ["a", "b", "c", "d"], "c", ["3"]),
    ])
    func indexes(_ example: (Int, [String], String, [String])) {
        let (capacity, phones, asked, expected) = example
        var outbox = Outbox(capacity: capacity)
        for (index, phone) in phones.enumerated() { outbox.append(Self.message(to: phone, operation: "\(index + 1)")) }
        #expect(outbox.messages(to: asked).map(\.operationID) == expected)
        #expect(outbox.count == min(capacity, phones.count))
        let all = outbox.all.map(\.operationID)
        #expect(all == (1...phones.count).suffix(capacity).map(String.init), "oldest first, the newest kept")
        for phone in Set(phones) {
            #expect(outbox.messages(to: phone).map(\.operationID) == outbox.all.filter { $0.phoneNumber == phone }.map(\.operationID),
                    "the index answers what a filter over every message answers")
        }
    }

    @Test("a confirm is counted on its operation's message only while that message is held")
    func confirmAttempts() {
        var outbox = Outbox(capacity: 2)
        outbox.append(Self.message(to: "a", operation: "1"))
        outbox.append(Self.message(to: "b", operation: "2"))
        outbox.countConfirmAttempt(operationID: "2")
        outbox.countConfirmAttempt(operationID: "2")
        outbox.countConfirmAttempt(operationID: "unknown")
        #expect(outbox.all.map(\.confirmAttempts) == [0, 2])
        outbox.append(Self.message(to: "c", operation: "3"))
        outbox.countConfirmAttempt(operationID: "1")
        #expect(outbox.all.map(\.confirmAttempts) == [2, 0], "message 1 is gone: nothing else is counted for it")
        outbox.removeAll()
        #expect(outbox.count == 0 && outbox.messages(to: "b").isEmpty)
        outbox.append(Self.message(to: "b", operation: "4"))
        outbox.countConfirmAttempt(operationID: "4")
        #expect(outbox.messages(to: "b").map(\.confirmAttempts) == [1])
    }

    static func message(to phone: String, operation: String) -> SMSMessage {
        SMSMessage(phoneNumber: phone, code: "1234", operationID: operation, link: nil, sentAt: "", text: "")
    }
}

extension ISO8601DateFormatter {
    static var withFractions: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
