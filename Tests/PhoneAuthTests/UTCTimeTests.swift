import Foundation
@testable import PhoneAuthModel
import Testing

/// The UTC fields, HTTP dates, hex, trimming and percent-encoding written in the standard library give what the
/// Foundation calls they replace gave (those pulled ICU into the static binary): Foundation is the judge here.
@Suite struct UTCTimeTests {
    /// Moments from 1970 to 2100, a little over 8.7 days apart so every hour, weekday and month day comes up, with
    /// fractions of a second.
    static let moments = stride(from: 0.0, to: 4_102_444_800, by: 754_567.3).map { Date(timeIntervalSince1970: $0) }

    @Test("the fields are the Gregorian calendar's in GMT, the fraction of a second dropped")
    func fields() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        for date in Self.moments {
            let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
            let time = UTCTime(date)
            #expect([time.year, time.month, time.day, time.hour, time.minute, time.second, time.weekday + 1]
                == [expected.year, expected.month, expected.day, expected.hour, expected.minute, expected.second, expected.weekday],
                "\(date)")
            let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
            #expect(UTCTime.date(year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute,
                                 second: time.second) == whole)
        }
        #expect(UTCTime.date(year: 2023, month: 2, day: 29, hour: 0, minute: 0, second: 0) == nil)
    }

    @Test("an IMF-fixdate reads as Foundation's DateFormatter read it")
    func httpDates() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        for date in Self.moments {
            let text = formatter.string(from: date)
            #expect(HTTPDate.parse(text) == formatter.date(from: text), "\(text)")
        }
        for text in ["Tue, 31 Feb 2023 22:13:21 GMT", "Tue,14 Nov 2023 22:13:21 GMT", "Tue, 14 Nov 2023 22:13 GMT", "soon"] {
            #expect(HTTPDate.parse(text) == nil && formatter.date(from: text) == nil, "\(text)")
        }
    }

    @Test("hex is String(format: \"%02x\") a byte")
    func hex() {
        let bytes = (0...255).map(UInt8.init)
        #expect(Hex.lowercase(bytes) == bytes.map { String(format: "%02x", $0) }.joined())
    }

    @Test("trimming is Foundation's for spaces and tabs, and for white space and line ends", arguments: [
        "  a b  ", "\t\u{00A0}x\u{3000}", "\n x \n", "\u{2028}y\u{85}", "", "   ", "e\u{301} ", " \u{301}",
    ])
    func trimming(_ text: String) {
        #expect(text.trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("percent-encoding is Foundation's for a path segment and for alphanumerics, and decoding too", arguments: [
        "proj-1", "a/b c", "ünï cödé", "+49 30 1234", "٤٥", "x%y", "~!$&'()*+,;=:@", "日本", "a;b", "%41",
    ])
    func percentEncoding(_ text: String) {
        #expect(PercentEncoding.pathSegment(text) == text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])))
        #expect(PercentEncoding.keepingAlphanumerics(text) == text.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        #expect(PercentEncoding.decode(text) == text.removingPercentEncoding)
        let encoded = PercentEncoding.keepingAlphanumerics(text)
        #expect(PercentEncoding.decode(encoded) == encoded.removingPercentEncoding)
    }

    @Test("a broken escape or bytes that are not UTF-8 do not decode, as with Foundation", arguments: ["%", "%4", "%zz", "%FF", "a%C3"])
    func brokenEscapes(_ text: String) {
        #expect(PercentEncoding.decode(text) == nil && text.removingPercentEncoding == nil)
    }
}
