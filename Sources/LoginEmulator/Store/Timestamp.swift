import Foundation

/// The outbox's `sent_at`: ISO 8601 in UTC with milliseconds (`2026-11-22T01:02:03.456Z`), the text
/// `ISO8601DateFormatter` makes with `.withInternetDateTime` and `.withFractionalSeconds`, without its per-call cost.
enum Timestamp {
    /// `date` as `yyyy-MM-ddTHH:mm:ss.SSSZ`, to the nearest millisecond as the formatter rounds it.
    static func iso8601(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1_000).rounded())
        let (seconds, millisecond) = floorDivision(milliseconds, 1_000)
        var parts = tm()
        var time = time_t(seconds)
        gmtime_r(&time, &parts)
        var text = ""
        text.reserveCapacity(24)
        append(Int64(parts.tm_year) + 1_900, width: 4, to: &text)
        text += "-"
        append(Int64(parts.tm_mon) + 1, width: 2, to: &text)
        text += "-"
        append(Int64(parts.tm_mday), width: 2, to: &text)
        text += "T"
        append(Int64(parts.tm_hour), width: 2, to: &text)
        text += ":"
        append(Int64(parts.tm_min), width: 2, to: &text)
        text += ":"
        append(Int64(parts.tm_sec), width: 2, to: &text)
        text += "."
        append(millisecond, width: 3, to: &text)
        text += "Z"
        return text
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    private static func append(_ value: Int64, width: Int, to text: inout String) {
        let digits = String(value)
        if digits.count < width { text += String(repeating: "0", count: width - digits.count) }
        text += digits
    }
}
