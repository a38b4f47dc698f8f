import PhoneAuthModel
import PhoneLoginFlow
import Testing

/// The events plain mode drives the code step with (a whole line as the code, `r`, `n`, `l` as named events): what
/// each does in each state, without a key being made up for it.
@Suite("The flow's events for plain mode")
struct PlainEventTests {
    /// Where the flow stands when the event arrives.
    enum Situation: String, Sendable, CustomStringConvertible {
        /// The code step, just after the code was sent (30 s before resend, 180 s before expiry).
        case codeStep
        /// The code step, 40 s after the code was sent: resend is offered.
        case afterCooldown
        /// The code step, the code expired.
        case expired
        /// The code step, a code being checked.
        case checking
        /// The code step after a 429 with Retry-After 20 on the confirm.
        case rateLimited
        /// The phone step.
        case phoneStep

        var description: String { rawValue }

        /// A driver put in this situation, with `settings`.
        func driver(_ settings: FlowSettings) -> FlowDriver {
            var driver = FlowDriver(settings)
            if self == .phoneStep { return driver }
            driver.reachCodeScreen()
            switch self {
            case .afterCooldown: driver.wait(.seconds(40))
            case .expired: driver.wait(.seconds(181))
            case .checking: driver.send(.codeLine("4821"))
            case .rateLimited:
                driver.send(.codeLine("4821"))
                driver.send(.confirmFinished(requestID: driver.lastRequestID!, .failure(FlowDriver.serverError(429, "003-007", retryAfter: 20))))
            case .codeStep, .phoneStep: break
            }
            return driver
        }
    }

    /// What the flow did with the event: its effects in short (the wake-up left out), why it refused, what it says.
    struct Outcome: Equatable, CustomStringConvertible {
        var did: [String] = []
        var refusal: FlowRefusal?
        var notice: FlowNotice?
        var screen = LoginFlow.Screen.code

        var description: String { "did \(did), refusal \(String(describing: refusal)), notice \(String(describing: notice)), \(screen)" }

        static func of(_ driver: FlowDriver) -> Outcome {
            let did = driver.effects.compactMap { effect -> String? in
                switch effect {
                case .startAuth(_, let phone): "start \(phone.e164)"
                case .completeAuth(_, _, let operation, let code): "confirm \(operation) \(code)"
                case .cancelRequest: "cancel"
                case .stopLinkPoll: "stop poll"
                case .tapLink(let operation): "tap \(operation)"
                case .wake: nil
                default: "\(effect)"
                }
            }
            return Outcome(did: did, refusal: driver.flow.refusal, notice: driver.flow.notice, screen: driver.flow.screen)
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        let situation: Situation
        let event: FlowEvent
        var linkFlow = false
        var demo = false
        let expected: @Sendable () -> Outcome

        var description: String { "\(event) at \(situation)\(linkFlow ? " (link)" : "")\(demo ? " (demo)" : "")" }
    }

    static let cases: [Case] = [
        // A whole line as the code.
        Case(situation: .codeStep, event: .codeLine("482193")) { Outcome(did: ["confirm op-1 482193"]) },
        Case(situation: .codeStep, event: .codeLine(" 48 21 ")) { Outcome(did: ["confirm op-1 4821"]) },
        Case(situation: .codeStep, event: .codeLine("48")) { Outcome(notice: .codeTooShort(minimum: 4)) },
        Case(situation: .codeStep, event: .codeLine("")) { Outcome(notice: .codeTooShort(minimum: 4)) },
        Case(situation: .codeStep, event: .codeLine("48a1")) { Outcome(refusal: .strayCharacter("a"), notice: .codeSent(resent: false)) },
        Case(situation: .expired, event: .codeLine("4821")) { Outcome(refusal: .codeExpired, notice: .codeExpired) },
        Case(situation: .checking, event: .codeLine("4821")) { Outcome(refusal: .busy) },
        Case(situation: .rateLimited, event: .codeLine("4821")) {
            Outcome(refusal: .waitForRetry, notice: .failed(FlowDriver.serverError(429, "003-007", retryAfter: 20)))
        },
        Case(situation: .phoneStep, event: .codeLine("4821")) { Outcome(screen: .phone) },
        // r: a new code once the wait is over, or after expiry.
        Case(situation: .codeStep, event: .resendCode) { Outcome(notice: .resendNotYet) },
        Case(situation: .afterCooldown, event: .resendCode) { Outcome(did: ["start +4915112345678"]) },
        Case(situation: .afterCooldown, event: .resendCode, linkFlow: true) { Outcome(did: ["stop poll", "start +4915112345678"]) },
        Case(situation: .expired, event: .resendCode) { Outcome(did: ["start +4915112345678"]) },
        Case(situation: .checking, event: .resendCode) { Outcome(refusal: .busy) },
        Case(situation: .phoneStep, event: .resendCode) { Outcome(screen: .phone) },
        // n: back to the number, what runs cancelled.
        Case(situation: .codeStep, event: .changeNumber) { Outcome(screen: .phone) },
        Case(situation: .codeStep, event: .changeNumber, linkFlow: true) { Outcome(did: ["stop poll"], screen: .phone) },
        Case(situation: .checking, event: .changeNumber) { Outcome(did: ["cancel"], screen: .phone) },
        Case(situation: .phoneStep, event: .changeNumber) { Outcome(screen: .phone) },
        // l: the demo's tap on the SMS link, while the code lives.
        Case(situation: .codeStep, event: .followLink, linkFlow: true, demo: true) { Outcome(did: ["tap op-1"], notice: .codeSent(resent: false)) },
        Case(situation: .expired, event: .followLink, linkFlow: true, demo: true) { Outcome(did: [], refusal: .codeExpired, notice: .codeExpired) },
        Case(situation: .codeStep, event: .followLink, linkFlow: true) { Outcome(notice: .codeSent(resent: false)) },
        Case(situation: .codeStep, event: .followLink, demo: true) { Outcome(notice: .codeSent(resent: false)) },
    ]

    @Test("each event in each situation", arguments: cases)
    func event(_ example: Case) {
        var driver = example.situation.driver(FlowSettings(linkFlow: example.linkFlow, demo: example.demo))
        driver.send(example.event, after: .milliseconds(500))
        #expect(Outcome.of(driver) == example.expected())
    }

    @Test("a line with a letter keeps nothing: the next line is read afresh")
    func strayClearsTheField() {
        var driver = FlowDriver()
        driver.reachCodeScreen()
        driver.send(.codeLine("12a4"))
        #expect(driver.flow.codeField.text.isEmpty)
        driver.send(.codeLine("5678"))
        #expect(Outcome.of(driver).did == ["confirm op-1 5678"])
    }

    @Test("the same too-short code twice leaves the same notice (plain mode says it again)")
    func tooShortTwice() {
        var driver = FlowDriver()
        driver.reachCodeScreen()
        driver.send(.codeLine("12"))
        driver.send(.codeLine("34"))
        #expect(driver.flow.notice == .codeTooShort(minimum: 4))
        #expect(driver.flow.codeField.text == "34", "the line replaces what the last one left")
    }

    @Test("a wrong code's notice is cleared by the next line; a code sent after it")
    func afterWrongCode() {
        var driver = FlowDriver()
        driver.reachCodeScreen()
        driver.send(.codeLine("1111"))
        driver.send(.confirmFinished(requestID: driver.lastRequestID!, .failure(FlowDriver.serverError(401, "003-001"))))
        #expect(driver.flow.notice?.isProblem == true)
        driver.send(.codeLine("4821"))
        #expect(driver.flow.notice == nil)
        #expect(Outcome.of(driver).did == ["confirm op-1 4821"])
    }
}
