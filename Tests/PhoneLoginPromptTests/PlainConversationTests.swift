import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginPrompt
import PhoneLoginRuntime
import Testing

/// The plain conversation in process on a made-up timeline: each line typed, answer and moment, and what it says,
/// asks and calls in return, in the words docs/plain-mode.md documents. No terminal, no server, no clock.
@Suite("The plain conversation")
struct PlainConversationTests {
    /// What reaches the conversation at a step.
    enum Stimulus: Sendable {
        /// A line typed.
        case line(String)
        /// A moment with nothing else (a wake-up).
        case time
        /// The server's answer to the last start: the operation, or an error.
        case started(String)
        case startFailed(AuthError)
        /// The server's answer to the last confirm: the login, or an error.
        case confirmed
        case confirmFailed(AuthError)
        case endOfInput
    }

    /// A step of a conversation: what arrives (at a time since the start, or at once), and the lines said, the
    /// prompt asked (nil: none) and the calls made in return. A line ending in `*` is expected as a prefix.
    struct Step: Sendable, CustomStringConvertible {
        let stimulus: Stimulus
        var at: Duration?
        var says: [String] = []
        var asks: String?
        var calls: [String] = []

        var description: String { "\(stimulus)\(at.map { " at \($0)" } ?? "")" }
    }

    struct Scenario: Sendable, CustomStringConvertible {
        let name: String
        var settings = FlowSettings()
        let steps: [Step]
        var description: String { name }
    }

    static let phone = "+4915112345678"
    static let phonePrompt = "Phone number: "
    static let codePrompt = "Code sent to …78. Code: "
    static let expiredPrompt = "The code has expired. Type r for a new code: "
    static let codeValid = "The code is valid for 3 minutes."
    static let codeHelp = "Type it and press Enter. Type r for a new code (after 30 seconds), or n to change the number."
    static let expired = "The code has expired. Type r and press Enter for a new code."
    static let tooFewDigits = "Not a phone number: \(ErrorWording.message(for: PhoneRejection.tooFewDigits(4), in: .english))."

    /// The number sent and the code sent for it (operation `op-1`, 0.2 s after the start).
    static let codeStep: [Step] = [
        Step(stimulus: .line(phone), says: ["Sending a code…"], calls: ["start \(phone)"]),
        Step(stimulus: .started("op-1"), at: .milliseconds(200), says: [codeValid, codeHelp], asks: codePrompt),
    ]

    static let scenarios: [Scenario] = [
        Scenario(name: "a number refused with the reason (twice: still news), then accepted", steps: [
            Step(stimulus: .line("+4912"), says: [tooFewDigits], asks: phonePrompt),
            Step(stimulus: .line(" +4912 "), says: [tooFewDigits], asks: phonePrompt),
        ] + codeStep),
        Scenario(name: "a wrong code, then the right one: signed in", steps: codeStep + [
            Step(stimulus: .line("1111"), at: .seconds(5), says: ["Checking the code…"], calls: ["confirm op-1 1111"]),
            Step(stimulus: .confirmFailed(ConversationDriver.serverError(401, "003-001")), says: ["Wrong code. Check the SMS and try again.*"],
                 asks: codePrompt),
            Step(stimulus: .line(" 48 21 "), says: ["Checking the code…"], calls: ["confirm op-1 4821"]),
            Step(stimulus: .confirmed, says: [
                "Signed in (JWT). User 7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90; the token is valid until 2027-01-16 08:00:00 UTC (in 24 hours).",
            ]),
        ]),
        Scenario(name: "the expiry announced, the prompt says so; r then sends a new code", steps: codeStep + [
            Step(stimulus: .time, at: .seconds(181), says: [expired], asks: expiredPrompt),
            Step(stimulus: .line("4821"), says: [expired], asks: expiredPrompt),
            Step(stimulus: .line(""), says: [expired], asks: expiredPrompt),
            Step(stimulus: .line("r"), says: ["Sending a new code…"], calls: ["start \(phone)"]),
            Step(stimulus: .started("op-2"), says: ["A new code is on its way. \(codeValid)"], asks: codePrompt),
        ]),
        Scenario(name: "r before the resend wait says how long; after it, a new code", steps: codeStep + [
            Step(stimulus: .line("r"), at: .milliseconds(10_200), says: ["A new code can be asked for in 20 seconds."], asks: codePrompt),
            Step(stimulus: .line("R"), at: .milliseconds(20_200), says: ["A new code can be asked for in 10 seconds."], asks: codePrompt),
            Step(stimulus: .line("r"), at: .milliseconds(30_200), says: ["Sending a new code…"], calls: ["start \(phone)"]),
        ]),
        Scenario(name: "n goes back to the number", steps: codeStep + [
            Step(stimulus: .line("n"), asks: phonePrompt),
            Step(stimulus: .line(phone), says: ["Sending a code…"], calls: ["start \(phone)"]),
        ]),
        Scenario(name: "demo mode with the link: l follows it, n stops the poll", settings: FlowSettings(linkFlow: true, demo: true), steps: [
            Step(stimulus: .line(phone), says: ["Sending a code…"], calls: ["start \(phone)"]),
            Step(stimulus: .started("op-1"), says: [codeValid, codeHelp + " Type l to follow the SMS link."], asks: codePrompt,
                 calls: ["poll op-1"]),
            Step(stimulus: .line("l"), asks: codePrompt, calls: ["tap op-1"]),
            Step(stimulus: .line("n"), asks: phonePrompt, calls: ["stop poll"]),
        ]),
        Scenario(name: "without the link, l is not a digit; nor is a letter in a code", steps: codeStep + [
            Step(stimulus: .line("l"), says: ["“l” is not a digit: the code is digits only."], asks: codePrompt),
            Step(stimulus: .line("48a1"), says: ["“a” is not a digit: the code is digits only."], asks: codePrompt),
        ]),
        Scenario(name: "an empty line at the code says the time left", steps: codeStep + [
            Step(stimulus: .line(""), at: .milliseconds(20_200), says: ["2 minutes 40 seconds left to enter the code."], asks: codePrompt),
        ]),
        Scenario(name: "a rate limit: the wait said, its end said, an empty line sends the number again", steps: [
            Step(stimulus: .line(phone), says: ["Sending a code…"], calls: ["start \(phone)"]),
            Step(stimulus: .startFailed(ConversationDriver.serverError(429, "003-007", retryAfter: 20)), at: .milliseconds(200),
                 says: ["Too many attempts.*"], asks: phonePrompt),
            Step(stimulus: .line(phone), at: .milliseconds(5_200), says: ["Too many attempts: wait 15 seconds more before trying again."],
                 asks: phonePrompt),
            Step(stimulus: .time, at: .milliseconds(20_200), says: ["You can try again now."], asks: phonePrompt),
            Step(stimulus: .line(""), says: ["Sending a code…"], calls: ["start \(phone)"]),
        ]),
    ]

    @Test("each step's words, prompt and calls", arguments: scenarios)
    func scenario(_ scenario: Scenario) {
        var driver = ConversationDriver(scenario.settings)
        for step in scenario.steps {
            Self.take(step.stimulus, at: step.at, &driver)
            #expect(Self.matches(driver.said, step.says), "\(step): said \(driver.said)")
            #expect(driver.asked == step.asks, "\(step)")
            #expect(driver.calls.map(Self.short) == step.calls, "\(step)")
        }
    }

    @Test("the start: the demo's banner, then the number asked with its echo")
    func opening() {
        let plain = ConversationDriver()
        #expect(plain.actions == [.ask(Self.phonePrompt, echo: true)])
        let demo = ConversationDriver(FlowSettings(demo: true))
        #expect(demo.said.count == 1 && demo.said[0].hasPrefix("Demo mode: "))
        #expect(demo.asked == Self.phonePrompt)
    }

    @Test("the code is asked with the echo off; no line is wanted while a request is in flight")
    func echoAndTypeahead() {
        var driver = ConversationDriver()
        #expect(driver.conversation.waitsForLine)
        driver.send(.line(Self.phone))
        #expect(!driver.conversation.waitsForLine, "typeahead waits for the answer")
        driver.send(.flow(.startFinished(requestID: driver.lastRequest!.id, .success("op-1"))))
        #expect(driver.askedWithoutEcho == true)
        #expect(driver.conversation.waitsForLine)
    }

    /// A countdown case: the code's lifetime, and what is said at each wake-up (seconds after the code was sent).
    struct CountdownCase: Sendable, CustomStringConvertible {
        let lifetime: Int
        let firstWake: Int
        let wakes: [(Int, String?)]
        var description: String { "\(lifetime) s: \(wakes.map(\.0))" }
    }

    static let countdowns: [CountdownCase] = [
        CountdownCase(lifetime: 180, firstWake: 120, wakes: [
            (60, nil), (120, "1 minute left to enter the code."), (150, "30 seconds left to enter the code."),
            (165, nil), (170, "10 seconds left to enter the code."), (180, expired),
        ]),
        CountdownCase(lifetime: 180, firstWake: 120, wakes: [(175, "5 seconds left to enter the code."), (178, nil), (180, expired)]),
        CountdownCase(lifetime: 45, firstWake: 15, wakes: [(15, "30 seconds left to enter the code."), (35, "10 seconds left to enter the code.")]),
        CountdownCase(lifetime: 60, firstWake: 30, wakes: [(30, "30 seconds left to enter the code."), (50, "10 seconds left to enter the code.")]),
    ]

    @Test("the countdown announced at 60, 30 and 10 seconds left, once each, from the deadline", arguments: countdowns)
    func countdown(_ example: CountdownCase) {
        var driver = ConversationDriver(FlowSettings(codeLifetime: .seconds(example.lifetime)))
        driver.send(.line(Self.phone))
        driver.send(.flow(.startFinished(requestID: driver.lastRequest!.id, .success("op-1"))))
        #expect(driver.conversation.wakeAt == driver.start + .seconds(example.firstWake))
        for (second, line) in example.wakes {
            driver.send(.time, at: .seconds(second))
            #expect(driver.said == (line.map { [$0] } ?? []), "at \(second) s")
            #expect(driver.asked == (line == nil ? nil : line == Self.expired ? Self.expiredPrompt : Self.codePrompt), "at \(second) s")
        }
    }

    /// The steps before the input ends, and the problem standing then (what the exit code says).
    struct EndCase: Sendable, CustomStringConvertible {
        let name: String
        let steps: [Step]
        let standing: FlowNotice?
        var description: String { name }
    }

    static let ends: [EndCase] = [
        EndCase(name: "at the number, nothing typed", steps: [], standing: nil),
        EndCase(name: "after a number refused", steps: [Step(stimulus: .line("+4912"))], standing: .invalidPhone(.tooFewDigits(4))),
        EndCase(name: "with the code sent", steps: codeStep, standing: nil),
        EndCase(name: "after a wrong code", steps: codeStep + [
            Step(stimulus: .line("1111")), Step(stimulus: .confirmFailed(ConversationDriver.serverError(401, "003-001"))),
        ], standing: .failed(ConversationDriver.serverError(401, "003-001"))),
        EndCase(name: "after the expiry", steps: codeStep + [Step(stimulus: .time, at: .seconds(181))], standing: .codeExpired),
        EndCase(name: "after r too early", steps: codeStep + [Step(stimulus: .line("r"))], standing: .resendNotYet),
        EndCase(name: "after a letter in the code", steps: codeStep + [Step(stimulus: .line("4a"))], standing: .keyIgnored("a")),
        EndCase(name: "during a rate limit", steps: [
            Step(stimulus: .line(phone)), Step(stimulus: .startFailed(ConversationDriver.serverError(429, "003-007", retryAfter: 20))),
        ], standing: .failed(ConversationDriver.serverError(429, "003-007", retryAfter: 20))),
        EndCase(name: "once the rate limit is over", steps: [
            Step(stimulus: .line(phone)), Step(stimulus: .startFailed(ConversationDriver.serverError(429, "003-007", retryAfter: 20))),
            Step(stimulus: .time, at: .seconds(21)),
        ], standing: nil),
    ]

    @Test("the end of input: the outcome carries the problem still standing", arguments: ends)
    func endOfInput(_ example: EndCase) {
        var driver = ConversationDriver()
        for step in example.steps { Self.take(step.stimulus, at: step.at, &driver) }
        Self.take(.endOfInput, at: nil, &driver)
        #expect(driver.conversation.outcome == .endOfInput(standing: example.standing))
        #expect(driver.actions.isEmpty, "nothing said or asked after the end")
    }

    @Test("signals: Ctrl-C cancels what is in flight and ends; Ctrl-Z asks again after fg; TERM ends")
    func signals() {
        var driver = ConversationDriver()
        driver.send(.line(Self.phone))
        driver.send(.flow(.startFinished(requestID: driver.lastRequest!.id, .success("op-1"))))
        driver.send(.suspend)
        #expect(driver.actions == [.suspend, .ask(Self.codePrompt, echo: false)])
        driver.send(.line("4821"))
        driver.send(.interrupt)
        #expect(driver.calls.map(Self.short) == ["cancel"])
        #expect(driver.conversation.outcome == .finished(.interrupted))
        driver.send(.flow(.confirmFinished(requestID: 2, .success(ConversationDriver.login))))
        #expect(driver.actions.isEmpty, "nothing after the end")

        var terminated = ConversationDriver()
        terminated.send(.signalled(SIGTERM))
        #expect(terminated.conversation.outcome == .signalled(SIGTERM))
    }

    @Test("a demo SMS is a line of its own; the prompt is asked again after it")
    func sms() {
        var driver = ConversationDriver(FlowSettings(demo: true))
        for step in Self.codeStep { Self.take(step.stimulus, at: step.at, &driver) }
        driver.send(.sms(to: Self.phone, text: "Your Xsolla Login code is 4821.\nIt expires in 3 min."))
        #expect(driver.said == ["SMS to …78: Your Xsolla Login code is 4821. It expires in 3 min."])
        #expect(driver.asked == Self.codePrompt)
    }

    // MARK: Helpers

    /// Hands a stimulus to the conversation, answering the last call as the server would.
    static func take(_ stimulus: Stimulus, at offset: Duration?, _ driver: inout ConversationDriver) {
        let id = driver.lastRequest?.id ?? 0
        switch stimulus {
        case .line(let line): driver.send(.line(line), at: offset)
        case .time: driver.send(.time, at: offset)
        case .started(let operation): driver.send(.flow(.startFinished(requestID: id, .success(operation))), at: offset)
        case .startFailed(let error): driver.send(.flow(.startFinished(requestID: id, .failure(error))), at: offset)
        case .confirmed: driver.send(.flow(.confirmFinished(requestID: id, .success(ConversationDriver.login))), at: offset)
        case .confirmFailed(let error): driver.send(.flow(.confirmFinished(requestID: id, .failure(error))), at: offset)
        case .endOfInput: driver.send(.endOfInput, at: offset)
        }
    }

    /// Lines said against lines expected (`*` at the end: a prefix).
    static func matches(_ said: [String], _ expected: [String]) -> Bool {
        said.count == expected.count && zip(said, expected).allSatisfy { line, pattern in
            pattern.hasSuffix("*") ? line.hasPrefix(pattern.dropLast()) : line == pattern
        }
    }

    /// A call in short.
    static func short(_ effect: FlowEffect) -> String {
        switch effect {
        case .startAuth(_, let phone): "start \(phone.e164)"
        case .completeAuth(_, _, let operation, let code): "confirm \(operation) \(code)"
        case .pollLink(_, let operation, _): "poll \(operation)"
        case .tapLink(let operation): "tap \(operation)"
        case .cancelRequest: "cancel"
        case .stopLinkPoll: "stop poll"
        default: "\(effect)"
        }
    }
}
