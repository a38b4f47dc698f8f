/// The one wording of a span of time, in a language's words: how a number of seconds becomes "1 minute 30 seconds",
/// "3 minutes", "90 seconds", "3 min" or "95 s". Every sentence that says how long something lasts or how long to wait
/// takes its span from here.
public enum DurationWording {
    /// Minutes and seconds spelled out, exactly: "3 minutes", "1 minute 30 seconds", "45 seconds", "0 seconds".
    public static func spelledOut(seconds: Int, in language: Language = .english) -> String {
        let value = max(0, seconds)
        let (minutes, rest) = (value / 60, value % 60)
        var parts: [String] = []
        if minutes > 0 { parts.append(self.minutes(minutes, abbreviated: false, in: language)) }
        if rest > 0 || minutes == 0 { parts.append(self.seconds(rest, abbreviated: false, in: language)) }
        return parts.joined(separator: " ")
    }

    /// Exactly, in one unit, for a setting such as a code's lifetime: whole minutes in minutes, anything else in
    /// seconds; spelled out ("3 minutes", "90 seconds") or abbreviated ("3 min", "90 s", the emulator's SMS).
    public static func exact(seconds: Int, abbreviated: Bool = false, in language: Language = .english) -> String {
        seconds >= 60 && seconds % 60 == 0
            ? minutes(seconds / 60, abbreviated: abbreviated, in: language) : self.seconds(seconds, abbreviated: abbreviated, in: language)
    }

    /// A wait, abbreviated and never understated: seconds below two minutes ("95 s"), else minutes rounded up ("3 min").
    public static func wait(seconds: Int, in language: Language = .english) -> String {
        seconds < 120 ? self.seconds(seconds, abbreviated: true, in: language) : minutes((seconds + 59) / 60, abbreviated: true, in: language)
    }

    /// Time left (or gone), abbreviated to one unit and never overstated: seconds below two minutes ("95 s"), whole
    /// minutes below two hours ("59 min"), hours below two days ("23 h"), then days ("3 days"), each rounded down.
    public static func approximate(seconds: Int, in language: Language = .english) -> String {
        let value = max(0, seconds)
        switch value {
        case ..<120: return self.seconds(value, abbreviated: true, in: language)
        case ..<7_200: return minutes(value / 60, abbreviated: true, in: language)
        case ..<172_800: return language.text(.durationHours, ["count": String(value / 3_600)])
        default: return language.text(.durationDays, count: value / 86_400)
        }
    }

    /// "3 minutes" (the catalogue's plural forms) or "3 min".
    private static func minutes(_ count: Int, abbreviated: Bool, in language: Language) -> String {
        abbreviated ? language.text(.durationMinutes, ["count": String(count)]) : language.text(.spanMinutes, count: count)
    }

    /// "45 seconds" (the catalogue's plural forms) or "45 s".
    private static func seconds(_ count: Int, abbreviated: Bool, in language: Language) -> String {
        abbreviated ? language.text(.durationSeconds, ["count": String(count)]) : language.text(.spanSeconds, count: count)
    }
}
