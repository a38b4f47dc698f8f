import Foundation

extension SMSMessage {
    /// The form of `sent_at`: ISO 8601 in UTC with milliseconds, `2026-11-22T01:02:03.456Z`.
    static let sentAtStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// `date` as `sent_at`, to the nearest millisecond, as `ISO8601DateFormatter` rounds it. The style cuts the
    /// fraction off, so the date is moved to the middle of its nearest millisecond first.
    static func sentAt(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1_000).rounded()
        return Date(timeIntervalSince1970: (milliseconds + 0.5) / 1_000).formatted(sentAtStyle)
    }
}
