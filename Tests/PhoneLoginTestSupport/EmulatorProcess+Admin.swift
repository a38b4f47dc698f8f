import Foundation
import LoginEmulator

extension EmulatorProcess {
    /// `GET /emulator/sms`: the outbox, oldest first, optionally only the messages to one number.
    public func messages(to phone: String? = nil) async throws -> [SMSMessage] {
        let query = phone.map { "?phone_number=" + $0.replacingOccurrences(of: "+", with: "%2B") } ?? ""
        let answer = try await RawHTTP.send(.GET, rootURL + "/emulator/sms" + query)
        return try JSONDecoder().decode([SMSMessage].self, from: Data(answer.body.utf8))
    }

    /// `GET /emulator/stats`: what the emulator holds now.
    package func stats() async throws -> EmulatorStats {
        let answer = try await RawHTTP.send(.GET, rootURL + "/emulator/stats")
        return try JSONDecoder().decode(EmulatorStats.self, from: Data(answer.body.utf8))
    }

    /// Asks `/emulator/stats` until `condition` holds or `timeout` passes; whether it came to hold.
    package func statsReach(within timeout: Duration = .seconds(30), _ condition: (EmulatorStats) -> Bool) async throws -> Bool {
        try await Polling.until(within: timeout) { condition(try await stats()) }
    }
}
