import PhoneLoginFlow
import Testing

@Suite("When the plain mode announces the countdown")
struct CountdownAnnouncerTests {
    /// A code of `lifetime` seconds, looked at `checks` seconds after it was sent: what each look announces.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let lifetime: Int
        /// Seconds after sending, and the seconds left announced then (nil: nothing).
        let checks: [(Double, Int?)]
        /// Seconds after sending of the first announcement due.
        let firstDue: Double?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "3 minutes, woken on time: 60, 30 and 10 seconds left, once each", lifetime: 180,
             checks: [(0, nil), (119.5, nil), (120, 60), (120.2, nil), (150, 30), (170, 10), (179, nil), (180, nil), (200, nil)],
             firstDue: 120),
        Case(name: "45 seconds: the 60 s mark is left out", lifetime: 45, checks: [(10, nil), (15, 30), (35, 10)], firstDue: 15),
        Case(name: "1 minute: announced as valid for a minute when sent, then 30 and 10", lifetime: 60,
             checks: [(0, nil), (30, 30), (50, 10)], firstDue: 30),
        Case(name: "3 seconds: no marks at all", lifetime: 3, checks: [(1, nil), (3, nil)], firstDue: nil),
        Case(name: "a late wake-up (suspended): the time actually left, once, marks slept through skipped", lifetime: 180,
             checks: [(165, 15), (166, nil), (170, 10), (175, nil)], firstDue: 120),
        Case(name: "a wake-up a little late says the seconds left, rounded up", lifetime: 180,
             checks: [(120.4, 60), (150.9, 30)], firstDue: 120),
        Case(name: "after the deadline nothing (the expiry is the flow's notice)", lifetime: 180,
             checks: [(181, nil), (185, nil)], firstDue: 120),
    ]

    @Test("the schedule", arguments: cases)
    func schedule(_ example: Case) {
        let sent = ContinuousClock.now
        var announcer = CountdownAnnouncer(deadline: sent + .seconds(example.lifetime), sentAt: sent)
        #expect(announcer.nextAnnouncement == example.firstDue.map { sent + .seconds($0) })
        for (offset, expected) in example.checks {
            #expect(announcer.take(at: sent + .seconds(offset)) == expected, "at \(offset) s")
        }
    }

    @Test("the next announcement follows the marks taken, and there is none after the last")
    func nextAnnouncement() {
        let sent = ContinuousClock.now
        var announcer = CountdownAnnouncer(deadline: sent + .seconds(180), sentAt: sent)
        var dues: [Duration] = []
        while let next = announcer.nextAnnouncement {
            dues.append(next - sent)
            _ = announcer.take(at: next)
        }
        #expect(dues == [.seconds(120), .seconds(150), .seconds(170)])
    }
}
