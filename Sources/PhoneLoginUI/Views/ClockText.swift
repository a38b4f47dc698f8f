import Foundation

/// Dates as the screens show them, formatted with the C library's calendar functions: no formatter to build and no
/// locale data to load while a frame waits.
public enum ClockText {
    /// "2026-11-22 20:41 UTC".
    public static func utcMinute(_ date: Date) -> String {
        var parts = tm()
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        gmtime_r(&seconds, &parts)
        return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday)) "
            + "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)) UTC"
    }

    /// "20:41:07" in the local time zone (`TZ`).
    public static func localTime(_ date: Date) -> String {
        var parts = tm()
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        localtime_r(&seconds, &parts)
        return "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec))"
    }

    private static func twoDigits(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
