import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginRuntime

/// The plain mode as a value: handed the lines typed, the answers, the signals and the time, it returns what to say,
/// what to ask and which calls to make. It holds the `LoginFlow`, the countdown's announcements and the problem still
/// standing (what the exit code says if the input ends). No I/O, no clock: `PromptProgram` reads and writes for it.
package struct PlainConversation: Sendable {
    /// The login flow it speaks.
    package private(set) var flow: LoginFlow
    /// When the code's time left is said next, while a code lives.
    package private(set) var announcer: CountdownAnnouncer?
    /// The problem still standing: what the exit code says if the input ends now.
    package private(set) var standing: FlowNotice?
    /// How it ended, once it has.
    package private(set) var outcome: RunOutcome?
    /// Whether a prompt waits for its answer (a line said since closed it; it is asked again before a line is taken).
    package private(set) var promptOpen = false
    /// What this turn has to say and do so far.
    private var reply: [PlainAction] = []

    /// A conversation at the number, nothing said yet.
    package init(settings: FlowSettings) {
        flow = LoginFlow(settings: settings)
    }

    /// Whether the next line is wanted now: a prompt open for it, nothing in flight (typeahead waits), not over.
    package var waitsForLine: Bool { outcome == nil && flow.pending == nil && promptOpen }

    /// The next instant something is due: a countdown announcement, the code's expiry, the end of the server's wait.
    package var wakeAt: ContinuousClock.Instant? {
        let deadlines = flow.deadlines
        return [announcer?.nextAnnouncement, deadlines.expiry, deadlines.retry].compactMap { $0 }.min()
    }

    /// The opening: the demo's banner, and the prompt for the number.
    package mutating func start(at now: ContinuousClock.Instant) -> [PlainAction] {
        if flow.settings.demo { say(PlainWording.demoBanner(in: language)) }
        promptIfIdle(at: now)
        return takeReply()
    }

    /// Handles what happened at `now` (`date` on the wall clock, for the token's validity), in order; ends with the
    /// prompt for what the flow waits for when nothing is in flight and no prompt is open.
    package mutating func handle(_ events: [PlainEvent], at now: ContinuousClock.Instant, date: Date) -> [PlainAction] {
        for event in events where outcome == nil { take(event, at: now, date: date) }
        if outcome == nil { promptIfIdle(at: now) }
        return takeReply()
    }

    /// Handles one event (see `handle(_:at:date:)`).
    package mutating func handle(_ event: PlainEvent, at now: ContinuousClock.Instant, date: Date) -> [PlainAction] {
        handle([event], at: now, date: date)
    }

    private var language: Language { flow.settings.language }

    private mutating func takeReply() -> [PlainAction] {
        defer { reply = [] }
        return reply
    }

    private mutating func take(_ event: PlainEvent, at now: ContinuousClock.Instant, date: Date) {
        switch event {
        case .line(let line):
            promptOpen = false
            answer(line, at: now, date: date)
        case .endOfInput: outcome = .endOfInput(standing: standing)
        case .flow(let event): apply(event, at: now, date: date)
        case .sms(let number, let text): say(PlainWording.sms(to: number, text: text, in: language))
        case .interrupt: apply(.key(.interrupt), at: now, date: date)
        case .suspend:
            promptOpen = false
            reply.append(.suspend)
        case .signalled(let number): outcome = .signalled(number)
        case .time: keepTime(at: now, date: date)
        }
    }

    // MARK: Saying

    /// Says a line; it closes an open prompt.
    private mutating func say(_ line: String) {
        promptOpen = false
        reply.append(.say(line))
    }

    /// Asks for what the flow waits for, when nothing is in flight and no prompt is open: the number with its echo,
    /// the code without.
    private mutating func promptIfIdle(at now: ContinuousClock.Instant) {
        guard flow.pending == nil, !promptOpen else { return }
        switch flow.screen {
        case .phone:
            reply.append(.ask(PlainWording.phonePrompt(for: flow.numberRules.country, in: language), echo: true))
        case .code:
            guard let operation = flow.operation else { return }
            reply.append(.ask(PlainWording.codePrompt(for: operation.phone, expired: flow.isExpired(at: now), in: language), echo: false))
        case .success, .finished:
            return
        }
        promptOpen = true
    }

    /// Says a notice in plain words; a problem stands until something else is said or sent.
    private mutating func announce(_ notice: FlowNotice, at now: ContinuousClock.Instant) {
        standing = notice.isProblem ? notice : nil
        for line in PlainWording.lines(for: notice, in: flow, at: now) { say(line) }
    }

    /// Says why the flow did nothing with the answer.
    private mutating func explain(_ refusal: FlowRefusal, at now: ContinuousClock.Instant) {
        switch refusal {
        case .waitForRetry: say(PlainWording.retryWait(seconds: flow.retryWait(at: now) ?? 1, in: language))
        case .codeExpired: announce(.codeExpired, at: now)
        case .strayCharacter(let stray): announce(.keyIgnored(stray), at: now)
        case .busy: break  // lines are taken only while nothing is in flight
        }
    }

    // MARK: Lines

    /// One answered line as the flow's event; when the flow neither sent anything nor said anything new, why.
    private mutating func answer(_ line: String, at now: ContinuousClock.Instant, date: Date) {
        let event: FlowEvent
        switch flow.screen {
        case .phone:
            // The whole line is read as a number, by the flow's rules.
            event = .phoneLine(line.trimmingSpacesAndTabs())
        case .code:
            let text = line.filter { !$0.isWhitespace }
            let settings = flow.settings
            switch text.lowercased() {
            case "r": event = .resendCode
            case "n": event = .changeNumber
            case "l" where settings.demo && settings.linkFlow: event = .followLink
            case "" where flow.codeField.text.isEmpty && !flow.isExpired(at: now):
                // An empty line asks how long the code has left.
                let left = Countdown.secondsLeft(until: flow.operation?.deadline ?? now, at: now)
                return say(PlainWording.timeLeft(seconds: left, in: language))
            default: event = .codeLine(text)
            }
        case .success, .finished:
            return
        }
        // The same problem twice is still news to the person: said again when nothing new was.
        guard !apply(event, at: now, date: date), flow.pending == nil else { return }
        if let refusal = flow.refusal {
            explain(refusal, at: now)
        } else if let notice = flow.notice, notice.isProblem {
            announce(notice, at: now)
        }
    }

    // MARK: The flow

    /// Hands an event to the flow, asks for its calls and says what changed; true when a new notice was said.
    @discardableResult
    private mutating func apply(_ event: FlowEvent, at now: ContinuousClock.Instant, date: Date) -> Bool {
        let before = (notice: flow.notice, pending: flow.pending, operation: flow.operation)
        for effect in flow.handle(event, at: now) { perform(effect, date: date) }
        if let pending = flow.pending, pending != before.pending {
            standing = nil
            say(PlainWording.inFlight(pending.kind, in: language))
        }
        if flow.operation != before.operation {
            announcer = flow.operation.map { CountdownAnnouncer(deadline: $0.deadline, sentAt: now) }
        }
        guard flow.notice != before.notice, let notice = flow.notice else { return false }
        announce(notice, at: now)
        return true
    }

    /// An effect of the flow's: the calls are the runner's; the login and the end are said and kept here.
    private mutating func perform(_ effect: FlowEffect, date: Date) {
        switch effect {
        case .loggedIn(let result):
            say(PlainWording.signedIn(result, now: date, in: language))
            outcome = .finished(.success(result))
        case .finish(let how):
            outcome = .finished(how)
        case .wake:
            break  // plain mode wakes for its announcements and the flow's deadlines only (`wakeAt`)
        case .startAuth, .completeAuth, .pollLink, .cancelRequest, .stopLinkPoll, .tapLink:
            reply.append(.call(effect))
        }
    }

    // MARK: Time

    /// What time has brought: the expiry, the end of a rate-limit wait, a countdown mark.
    private mutating func keepTime(at now: ContinuousClock.Instant, date: Date) {
        let deadlines = flow.deadlines
        let expired = deadlines.expiry.map { now >= $0 } == true
        let waitOver = deadlines.retry.map { now >= $0 } == true
        if expired || waitOver { apply(.tick, at: now, date: date) }
        if waitOver, flow.retryAt == nil {
            say(PlainWording.retryOver(in: language))
            if case .failed(let error)? = standing, error.category == .rateLimited { standing = nil }
        }
        if let left = announcer?.take(at: now) { say(PlainWording.timeLeft(seconds: left, in: language)) }
    }
}
