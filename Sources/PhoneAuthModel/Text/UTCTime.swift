import FoundationEssentials

/// A moment's fields on the UTC clock of the proleptic Gregorian calendar, worked out by arithmetic (H. Hinnant's
/// `civil_from_days`): what a fixed-format date needs, without a `Calendar` or a date formatter (Foundation's pull ICU
/// into the static binary).
public struct UTCTime: Equatable, Sendable {
    /// The year (1970, 2026).
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int
    /// The hour, 0…23.
    public let hour: Int
    /// The minute, 0…59.
    public let minute: Int
    /// The second, 0…59.
    public let second: Int
    /// The day of the week, 0 (Sunday) … 6 (Saturday).
    public let weekday: Int

    /// The fields of `date`, its fraction of a second dropped (rounded down).
    public init(_ date: Date) {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down))
        let days = Self.floorDivide(seconds, 86_400)
        let time = seconds - days * 86_400
        (hour, minute, second) = (time / 3_600, time % 3_600 / 60, time % 60)
        weekday = (days % 7 + 11) % 7
        let shifted = days + 719_468
        let era = Self.floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The moment of these UTC fields (nil when a field is out of its range).
    public static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
              (0...60).contains(second) else { return nil }
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let fields = UTCTime(Date(timeIntervalSince1970: TimeInterval(days * 86_400)))
        guard fields.month == month, fields.day == day else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
