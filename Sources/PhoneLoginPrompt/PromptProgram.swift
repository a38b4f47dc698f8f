import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginRuntime

/// The plain mode as the runtime runs it: lines and answers into the `LoginFlow`, what changed said as lines, the
/// terminal's modes set for each prompt. Runs on the runtime's thread only.
struct PromptProgram: RuntimeProgram {
    let configuration: PlainConfiguration
    var flow: LoginFlow
    var reader: LineReader
    var speaker: PromptSpeaker
    let modes: TerminalModes?
    var announcer: CountdownAnnouncer?
    /// The problem still standing: what the exit code says if the input ends now.
    var standing: FlowNotice?
    var outcome: RunOutcome?

    init(configuration: PlainConfiguration) {
        self.configuration = configuration
        flow = LoginFlow(settings: configuration.settings)
        reader = LineReader(descriptor: configuration.inputDescriptor)
        modes = TerminalModes(descriptor: configuration.inputDescriptor)
        setlocale(LC_CTYPE, "")
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        let sameTerminal = modes != nil && isatty(configuration.outputDescriptor) != 0
        speaker = PromptSpeaker(descriptor: configuration.outputDescriptor, ascii: !utf8, terminalEndsLine: sameTerminal)
    }

    /// Lines are read only while no request is in flight (typeahead waits in the terminal or the pipe).
    var inputDescriptor: Int32? { flow.pending == nil && !reader.ended ? reader.descriptor : nil }

    /// A line already read waits for its prompt, or the end of the input for its exit.
    var hasWorkNow: Bool { flow.pending == nil && (reader.hasLine || reader.ended) }

    /// The next instant something is due: a countdown announcement, the code's expiry, the end of the server's wait.
    var wakeAt: ContinuousClock.Instant? {
        let deadlines = flow.deadlines
        return [announcer?.nextAnnouncement, deadlines.expiry, deadlines.retry].compactMap { $0 }.min()
    }

    mutating func start(_ runtime: RuntimeContext<PromptMessage>, at now: ContinuousClock.Instant) {
        runtime.services.begin()
        if flow.settings.demo { speaker.say(PlainWording.demoBanner(in: flow.settings.language)) }
        promptIfIdle()
    }

    mutating func step(_ moment: RuntimeMoment<PromptMessage>, _ runtime: RuntimeContext<PromptMessage>) {
        let now = moment.now
        if moment.inputReady { reader.fill() }
        for item in moment.items where outcome == nil { take(item, at: now, runtime) }
        if outcome == nil { keepTime(at: now, runtime) }
        if outcome == nil, flow.pending == nil {
            // A line is taken only under the prompt it answers: ask again first if something closed the prompt.
            if !speaker.promptOpen, ask() {
                // the buffered line, if any, is taken at the next moment (`hasWorkNow`)
            } else if let line = reader.nextLine() {
                speaker.answered()
                answer(line, at: now, runtime)
            } else if reader.ended {
                outcome = .endOfInput(standing: standing)
            }
        }
        if outcome == nil { promptIfIdle() }
    }

    mutating func stop() {
        speaker.endPrompt()
        modes?.restore()
    }

    /// Opens the prompt for what the flow waits for, when nothing is in flight and no prompt is open.
    mutating func promptIfIdle() {
        if flow.pending == nil, !speaker.promptOpen { _ = ask() }
    }

    /// Delivers what time has brought: the expiry, the end of a rate-limit wait, a countdown mark.
    mutating func keepTime(at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        let deadlines = flow.deadlines
        let expired = deadlines.expiry.map { now >= $0 } == true
        let waitOver = deadlines.retry.map { now >= $0 } == true
        if expired || waitOver { apply(.tick, at: now, runtime) }
        if waitOver, flow.retryAt == nil {
            speaker.say(PlainWording.retryOver(in: flow.settings.language))
            if standing.map(isRateLimit) == true { standing = nil }
        }
        if let left = announcer?.take(at: now) { speaker.say(PlainWording.timeLeft(seconds: left, in: flow.settings.language)) }
    }

    // MARK: Input

    /// Prompts for what the flow waits for, with the echo the answer needs; false when it waits for no answer.
    mutating func ask() -> Bool {
        switch flow.screen {
        case .phone:
            modes?.lineInput(echo: true)
            speaker.ask(PlainWording.phonePrompt(for: flow.numberRules.country, in: flow.settings.language))
        case .code:
            guard let operation = flow.operation else { return false }
            modes?.lineInput(echo: false)
            speaker.ask(PlainWording.codePrompt(for: operation.phone, expired: flow.isExpired(at: .now), in: flow.settings.language))
        case .success, .finished:
            return false
        }
        return true
    }

    /// One answered line, as the keys the flow understands; what the flow refused is said.
    mutating func answer(_ line: String, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        let heard = spoken
        switch flow.screen {
        case .phone: answerPhone(line.trimmingSpacesAndTabs(), at: now, runtime)
        case .code: answerCode(line.filter { !$0.isWhitespace }, at: now, runtime)
        case .success, .finished: break
        }
        // Nothing sent and nothing new said: say why (the same problem twice is still news to the person).
        guard spoken == heard, flow.pending == nil else { return }
        if let refusal = flow.refusal {
            say(refusal, at: now)
        } else if let notice = flow.notice, notice.isProblem {
            announce(notice, at: now)
        }
    }

    mutating func answerPhone(_ text: String, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        // The whole line is read as a number, by the flow's rules (the field would drop what it cannot hold, and say less).
        apply(.phoneLine(text), at: now, runtime)
    }

    mutating func answerCode(_ text: String, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        let settings = flow.settings
        switch text.lowercased() {
        case "r":
            apply(.key(.character("r")), at: now, runtime)
        case "n":
            apply(.key(.escape), at: now, runtime)
        case "l" where settings.demo && settings.linkFlow:
            apply(.key(.character("l")), at: now, runtime)
        case "" where flow.codeField.text.isEmpty && !flow.isExpired(at: now):
            // An empty line asks how long the code has left.
            tell(PlainWording.timeLeft(seconds: Countdown.secondsLeft(until: flow.operation?.deadline ?? now, at: now), in: flow.settings.language))
        case "":
            apply(.key(.enter), at: now, runtime)
        default:
            for key: KeyInput in [.clearLine, .paste(text)] { apply(.key(key), at: now, runtime) }
            // A code with a letter in it is not sent: the digits alone are not what the person meant.
            if case .strayCharacter(let stray) = flow.refusal {
                apply(.key(.clearLine), at: now, runtime)
                return announce(.keyIgnored(stray), at: now)
            }
            if flow.refusal == nil { apply(.key(.enter), at: now, runtime) }
        }
    }

    /// Says why the flow did nothing with the answer.
    mutating func say(_ refusal: FlowRefusal, at now: ContinuousClock.Instant) {
        switch refusal {
        case .waitForRetry: tell(PlainWording.retryWait(seconds: flow.retryWait(at: now) ?? 1, in: flow.settings.language))
        case .codeExpired: announce(.codeExpired, at: now)
        case .strayCharacter(let stray): announce(.keyIgnored(stray), at: now)
        case .busy: break  // lines are taken only while nothing is in flight
        }
    }

    // MARK: The flow

    /// How many answers to the person have been said (to tell whether a line brought news).
    var spoken = 0

    /// Says a line in answer to what the person typed.
    mutating func tell(_ line: String) {
        spoken += 1
        speaker.say(line)
    }

    /// Hands an event to the flow, carries out its effects, and says what changed.
    mutating func apply(_ event: FlowEvent, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        let before = (notice: flow.notice, pending: flow.pending, operation: flow.operation)
        for effect in flow.handle(event, at: now) { perform(effect, at: now, runtime) }
        if let pending = flow.pending, pending != before.pending {
            standing = nil
            speaker.say(PlainWording.inFlight(pending.kind, in: flow.settings.language))
        }
        if flow.operation != before.operation {
            announcer = flow.operation.map { CountdownAnnouncer(deadline: $0.deadline, sentAt: now) }
        }
        if flow.notice != before.notice, let notice = flow.notice { announce(notice, at: now) }
    }

    /// Says a notice in plain words; a problem stands until something else is said or sent.
    mutating func announce(_ notice: FlowNotice, at now: ContinuousClock.Instant) {
        standing = notice.isProblem ? notice : nil
        for line in PlainWording.lines(for: notice, in: flow, at: now) { tell(line) }
    }

    func isRateLimit(_ notice: FlowNotice) -> Bool {
        if case .failed(let error) = notice { error.category == .rateLimited } else { false }
    }

    /// An item from another thread.
    mutating func take(_ item: RuntimeItem<PromptMessage>, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        switch item {
        case .flow(let event): apply(event, at: now, runtime)
        case .message(.sms(let number, let text)): speaker.say(PlainWording.sms(to: number, text: text, in: flow.settings.language))
        case .signal(SIGINT), .signal(SIGQUIT): apply(.key(.interrupt), at: now, runtime)
        case .signal(SIGTSTP): suspend()
        case .signal(let number): outcome = .signalled(number)
        }
    }

    /// Ctrl-Z: the terminal as it was, stopped; on `fg` the prompt's modes again and the prompt again.
    mutating func suspend() {
        speaker.endPrompt()
        modes?.restore()
        raise(SIGSTOP)  // this thread stops at once: nothing is written after the terminal was restored
    }

    /// Carries out an effect: calls go to the runtime (their answers come back through the inbox); the rest here.
    mutating func perform(_ effect: FlowEffect, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<PromptMessage>) {
        if runtime.perform(effect) { return }
        switch effect {
        case .loggedIn(let result):
            speaker.say(PlainWording.signedIn(result, now: Date(), in: flow.settings.language))
            outcome = .finished(.success(result))
        case .finish(let how):
            outcome = .finished(how)
        case .wake, .startAuth, .completeAuth, .pollLink, .cancelRequest, .stopLinkPoll, .tapLink:
            break  // the calls are the runtime's; this program wakes for announcements and deadlines only (`wakeAt`)
        }
    }
}
