import PhoneLoginFlow
import Testing

@Suite("Countdowns from deadlines")
struct CountdownTests {
    @Test("m:ss, rounding the seconds left up", arguments: [
        (Duration.seconds(180), "3:00"), (.milliseconds(179_200), "3:00"), (.seconds(179), "2:59"), (.milliseconds(9_001), "0:10"),
        (.seconds(9), "0:09"), (.milliseconds(1), "0:01"), (.zero, "0:00"), (.seconds(-5), "0:00"), (.seconds(3_600), "60:00"),
    ])
    func text(_ example: (Duration, String)) {
        let now = ContinuousClock.now
        #expect(Countdown.text(until: now + example.0, at: now) == example.1)
    }

    @Test("the next change is when the shown second turns over")
    func nextChange() {
        let now = ContinuousClock.now
        #expect(Countdown.nextChange(of: now + .milliseconds(2_500), after: now) == now + .milliseconds(500))
        #expect(Countdown.nextChange(of: now + .seconds(2), after: now) == now + .seconds(1))
        #expect(Countdown.nextChange(of: now + .milliseconds(300), after: now) == now + .milliseconds(300))
        #expect(Countdown.nextChange(of: now, after: now) == nil)
    }
}
