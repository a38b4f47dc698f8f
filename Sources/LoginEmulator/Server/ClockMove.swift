import Foundation

/// The body of `POST /emulator/clock`: exactly one of `advance_seconds` (≥ 0) and `now` (ISO 8601, not before the clock).
struct ClockMove: Decodable, Sendable {
    /// The farthest one call moves the clock: 100 years.
    static let maximumAdvance = 100.0 * 365 * 86_400
    /// How the clock's now is written: ISO 8601 in UTC with milliseconds.
    static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Seconds to move forward.
    var advanceSeconds: Double?
    /// The time to move to.
    var now: String?

    enum CodingKeys: String, CodingKey { case advanceSeconds = "advance_seconds", now }

    /// `text` as a date: ISO 8601 with or without fractional seconds.
    static func date(_ text: String) -> Date? {
        (try? style.parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text))
    }
}
