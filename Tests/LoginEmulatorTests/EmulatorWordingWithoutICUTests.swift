import Foundation
@testable import LoginEmulator
import Testing

/// The emulator's words that Foundation's formatters used to write (they pulled ICU into the static binary) read as
/// they did: Foundation is the judge here, in the test binary only.
@Suite struct EmulatorWordingWithoutICUTests {
    @Test("/users/me's timestamps: what Date.VerbatimFormatStyle wrote", arguments: [
        0, 1.5, 59.999, 86_399.9996, 951_782_400, 1_526_556_172, 1_700_000_000.9996, 4_102_444_799,
    ])
    func timestamps(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let verbatim = date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .padded(4))-\(month: .twoDigits)-\(day: .twoDigits)T\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits)+0000",
            timeZone: .gmt, calendar: Calendar(identifier: .gregorian)))
        #expect(EmulatorServer.xsollaTimestamp(date) == verbatim)
    }

    @Test("the clock's refusal: seconds as String(format: \"%.3f\") wrote them", arguments: [
        0, 0.0005, 1.0005, 2.5, 0.1234, 86_400, 1e-9, 123_456_789.987654,
    ])
    func threeDecimals(_ seconds: Double) {
        #expect(EmulatorRejection.threeDecimals(seconds) == String(format: "%.3f", seconds))
    }

    @Test("a fault object that does not decode: the sentence localizedDescription gave", arguments: [
        "{", "{}", #"{"path": 1}"#, #"{"path":"/api/login/phone/request","kind":null}"#,
        #"{"path":"/api/login/phone/request","kind":"explode"}"#,
    ])
    func faultObjects(_ text: String) throws {
        let foundation: String
        do {
            _ = try JSONDecoder().decode(InjectedFault.self, from: Data(text.utf8))
            Issue.record("\(text) decoded")
            return
        } catch {
            foundation = error.localizedDescription
        }
        #expect(throws: FaultSyntaxError("not a fault object: \(foundation)")) { try InjectedFault(parsing: text) }
    }
}
