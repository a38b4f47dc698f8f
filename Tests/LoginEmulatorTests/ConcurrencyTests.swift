import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("Many logins at once")
struct ConcurrencyTests {
    @Test("200 concurrent logins each succeed exactly once")
    func manyLogins() async throws {
        // 200 requests queue for the pool's connections, and that wait counts against the connect timeout: on a busy
        // machine it can take tens of seconds.
        try await EmulatorHarness.run(connectTimeout: .seconds(60)) { emulator, client in
            let phones = (0..<200).map { PhoneNumber(validating: "+4915100\(String(format: "%05d", $0))")! }
            let outcomes = try await withThrowingTaskGroup(of: (String, Bool).self) { group in
                for phone in phones {
                    group.addTask {
                        let operation = try await client.startAuth(phone: phone)
                        let code = try #require(await emulator.code(for: operation))
                        let result = try await client.completeAuth(phone: phone, operationID: operation, code: code)
                        let again: Bool
                        do {
                            _ = try await client.completeAuth(phone: phone, operationID: operation, code: code)
                            again = true
                        } catch {
                            again = false
                        }
                        return (result.claims.subject, again)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.count == 200)
            #expect(outcomes.allSatisfy { !$0.1 }, "no code was accepted twice")
            #expect(Set(outcomes.map(\.0)).count == 200, "each phone is its own user")
            #expect(Set(await emulator.messages().map(\.operationID)).count == 200)
        }
    }
}
