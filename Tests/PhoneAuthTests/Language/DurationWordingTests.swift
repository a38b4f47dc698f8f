import PhoneAuth
import Testing

/// The one wording of a span of time: spelled out exactly, exact in one unit (a setting), or a wait rounded up.
@Suite("Durations in words: spelled out, exact in one unit, a wait never understated")
struct DurationWordingTests {
    @Test("spelled out: minutes and seconds, each only when not zero", arguments: [
        (0, "0 seconds"), (1, "1 second"), (45, "45 seconds"), (60, "1 minute"), (90, "1 minute 30 seconds"),
        (121, "2 minutes 1 second"), (180, "3 minutes"),
    ])
    func spelledOut(_ example: (Int, String)) {
        #expect(DurationWording.spelledOut(seconds: example.0) == example.1)
    }

    @Test("a setting exactly in one unit: whole minutes in minutes, anything else in seconds", arguments: [
        (Language.english, 180, false, "3 minutes"), (.english, 90, false, "90 seconds"), (.english, 60, true, "1 min"),
        (.english, 90, true, "90 s"), (.german, 180, true, "3 Min."), (.japanese, 60, true, "1 分"),
    ])
    func exact(_ language: Language, _ seconds: Int, _ abbreviated: Bool, _ expected: String) {
        #expect(DurationWording.exact(seconds: seconds, abbreviated: abbreviated, in: language) == expected)
    }

    @Test("a wait: seconds below two minutes, then whole minutes rounded up", arguments: [
        (30, "30 s"), (119, "119 s"), (120, "2 min"), (121, "3 min"), (600, "10 min"),
    ])
    func wait(_ example: (Int, String)) {
        #expect(DurationWording.wait(seconds: example.0) == example.1)
    }

    @Test("time left: the largest unit that fits twice, rounded down", arguments: [
        (Language.english, 40, "40 s"), (.english, 3_599, "59 min"), (.english, 7_199, "119 min"), (.english, 7_200, "2 h"),
        (.english, 86_399, "23 h"), (.english, 172_800, "2 days"), (.german, 259_200, "3 Tage"), (.russian, 432_000, "5 дней"),
    ])
    func approximate(_ language: Language, _ seconds: Int, _ expected: String) {
        #expect(DurationWording.approximate(seconds: seconds, in: language) == expected)
    }
}
