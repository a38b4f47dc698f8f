import FoundationEssentials

/// HTTP's date (RFC 9110 §5.6.7, the IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`), read by hand: Foundation's
/// `DateFormatter` pulls ICU and its data into the static binary.
public enum HTTPDate {
    /// The English day and month names the format uses.
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The moment an IMF-fixdate names (its zone `GMT`, or `UTC`), nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 6, words[0].count == 4, words[0].hasSuffix(","),
              weekdays.contains(where: { $0.lowercased() == words[0].dropLast().lowercased() }),
              let day = number(words[1], digits: 1...2),
              let month = months.firstIndex(where: { $0.lowercased() == words[2].lowercased() }),
              let year = number(words[3], digits: 4...4), ["GMT", "UTC"].contains(words[5].uppercased()) else { return nil }
        let time = words[4].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 3, let hour = number(time[0], digits: 2...2), let minute = number(time[1], digits: 2...2),
              let second = number(time[2], digits: 2...2) else { return nil }
        return UTCTime.date(year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second)
    }

    private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
