import Foundation
import PhoneAuth
import PhoneLoginFlow

/// The loop on the prompt thread: the only place the flow, the input and the terminal modes are touched.
struct PromptLoop {
    let login: PlainLogin
    let client: @Sendable () async throws(AuthError) -> AuthClient
    var flow: LoginFlow
    var reader: LineReader
    var speaker: PromptSpeaker
    let modes: TerminalModes?
    var announcer: CountdownAnnouncer?
    /// The operation whose expiry tick has been delivered.
    var expiryTicked: String?
    /// The problem still standing: what the exit code says if the input ends now.
    var standing: FlowNotice?
    var calls = CallTasks()
    var outcome: PlainOutcome?

    /// The longest sleep when nothing is scheduled.
    static let idleWait = Duration.seconds(60)

    init(login: PlainLogin, client: @escaping @Sendable () async throws(AuthError) -> AuthClient) {
        let configuration = login.configuration
        self.login = login
        self.client = client
        flow = LoginFlow(settings: configuration.settings)
        reader = LineReader(descriptor: configuration.inputDescriptor)
        modes = TerminalModes(descriptor: configuration.inputDescriptor)
        setlocale(LC_CTYPE, "")
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        let sameTerminal = modes != nil && isatty(configuration.outputDescriptor) != 0
        speaker = PromptSpeaker(descriptor: configuration.outputDescriptor, ascii: !utf8, terminalEndsLine: sameTerminal)
    }

    mutating func run() -> PlainOutcome {
        if flow.settings.demo { speaker.say(PlainWording.demoBanner) }
        while outcome == nil {
            let idle = flow.pending == nil
            if idle, !speaker.promptOpen { _ = ask() }
            if !(idle && reader.hasLine) { waitForSomething(readInput: idle && !reader.ended) }
            let now = ContinuousClock.now
            for item in login.inbox.drain() where outcome == nil { take(item, at: now) }
            if outcome == nil { keepTime(at: now) }
            guard outcome == nil, flow.pending == nil else { continue }
            // A line is taken only under the prompt it answers: ask again first if something closed the prompt.
            if !speaker.promptOpen, ask() { continue }
            if let line = reader.nextLine() {
                speaker.answered()
                answer(line, at: now)
            } else if reader.ended {
                outcome = .endOfInput(standing: standing)
            }
        }
        speaker.endPrompt()
        modes?.restore()
        calls.cancelAll()
        return outcome!
    }

    // MARK: Waiting

    /// Sleeps in `poll` until input (when it is wanted), an inbox item, or the next moment something is due.
    mutating func waitForSomething(readInput: Bool) {
        let now = ContinuousClock.now
        var wait = Self.idleWait
        if let due = nextDue(after: now) { wait = min(wait, due - now) }
        let milliseconds = Int32(max(0, (wait / .milliseconds(1)).rounded(.up)))
        var descriptors = [pollfd(fd: login.inbox.descriptor, events: Int16(POLLIN), revents: 0)]
        if readInput { descriptors.append(pollfd(fd: reader.descriptor, events: Int16(POLLIN), revents: 0)) }
        guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) > 0 else { return }
        if readInput, descriptors[1].revents != 0 { reader.fill() }
    }

    /// The next instant something is due: a countdown announcement, the code's expiry, the end of the server's wait.
    func nextDue(after now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        var candidates: [ContinuousClock.Instant] = []
        if let next = announcer?.nextAnnouncement { candidates.append(next) }
        if flow.screen == .code, let operation = flow.operation, expiryTicked != operation.id { candidates.append(operation.deadline) }
        if let retryAt = flow.retryAt { candidates.append(retryAt) }
        return candidates.min()
    }

    /// Delivers what time has brought: the expiry, the end of a rate-limit wait, a countdown mark.
    mutating func keepTime(at now: ContinuousClock.Instant) {
        let expired = flow.screen == .code && flow.operation.map { expiryTicked != $0.id && now >= $0.deadline } == true
        let waitOver = flow.retryAt.map { now >= $0 } == true
        if expired { expiryTicked = flow.operation?.id }
        if expired || waitOver { apply(.tick, at: now) }
        if waitOver, flow.retryAt == nil {
            speaker.say(PlainWording.retryOver)
            if standing.map(isRateLimit) == true { standing = nil }
        }
        if let left = announcer?.take(at: now) { speaker.say(PlainWording.timeLeft(seconds: left)) }
    }

    // MARK: Input

    /// Prompts for what the flow waits for, with the echo the answer needs; false when it waits for no answer.
    mutating func ask() -> Bool {
        switch flow.screen {
        case .phone:
            modes?.lineInput(echo: true)
            speaker.ask(PlainWording.phonePrompt)
        case .code:
            guard let operation = flow.operation else { return false }
            modes?.lineInput(echo: false)
            speaker.ask(PlainWording.codePrompt(for: operation.phone, expired: flow.isExpired(at: .now)))
        case .success, .finished:
            return false
        }
        return true
    }

    /// One answered line, as the keys the flow understands; refusals the flow would make silently are said.
    mutating func answer(_ line: String, at now: ContinuousClock.Instant) {
        let heard = spoken
        switch flow.screen {
        case .phone: answerPhone(line.trimmingCharacters(in: .whitespaces), at: now)
        case .code: answerCode(line.filter { !$0.isWhitespace }, at: now)
        case .success, .finished: break
        }
        // Nothing sent and nothing new said: say again why (the same problem twice is still news to the person).
        if spoken == heard, flow.pending == nil, let notice = flow.notice, notice.isProblem { announce(notice, at: now) }
    }

    mutating func answerPhone(_ text: String, at now: ContinuousClock.Instant) {
        if let wait = flow.retryWait(at: now) { return tell(PlainWording.retryWait(seconds: wait)) }
        if text.isEmpty { return apply(.key(.enter), at: now) }
        do {
            let number = try PhoneNumber.normalizing(text)
            for key: KeyInput in [.clearLine, .paste(number.e164), .enter] { apply(.key(key), at: now) }
        } catch {
            announce(.invalidPhone(error), at: now)
        }
    }

    mutating func answerCode(_ text: String, at now: ContinuousClock.Instant) {
        let settings = flow.settings
        switch text.lowercased() {
        case "r":
            if let wait = flow.retryWait(at: now) { return tell(PlainWording.retryWait(seconds: wait)) }
            apply(.key(.character("r")), at: now)
        case "n":
            apply(.key(.escape), at: now)
        case "l" where settings.demo && settings.linkFlow:
            apply(.key(.character("l")), at: now)
        case _ where flow.isExpired(at: now):
            announce(.codeExpired, at: now)
        case "":
            guard !flow.codeField.text.isEmpty else {
                return tell(PlainWording.timeLeft(seconds: Countdown.secondsLeft(until: flow.operation?.deadline ?? now, at: now)))
            }
            apply(.key(.enter), at: now)
        default:
            if let stray = text.first(where: { !$0.isASCIIDigit }) { return announce(.keyIgnored(stray), at: now) }
            if let wait = flow.retryWait(at: now) { return tell(PlainWording.retryWait(seconds: wait)) }
            for key: KeyInput in [.clearLine, .paste(text), .enter] { apply(.key(key), at: now) }
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
    mutating func apply(_ event: FlowEvent, at now: ContinuousClock.Instant) {
        let before = (notice: flow.notice, pending: flow.pending, operation: flow.operation)
        for effect in flow.handle(event, at: now) { perform(effect, at: now) }
        if let pending = flow.pending, pending != before.pending {
            standing = nil
            speaker.say(PlainWording.inFlight(pending.kind))
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
    mutating func take(_ item: PromptInbox.Item, at now: ContinuousClock.Instant) {
        switch item {
        case .flow(let event): apply(event, at: now)
        case .sms(let number, let text): speaker.say(PlainWording.sms(to: number, text: text))
        case .signal(SIGINT), .signal(SIGQUIT): apply(.key(.interrupt), at: now)
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

    /// Carries out an effect: calls run as tasks that report back through the inbox (`CallTasks`); the rest here.
    mutating func perform(_ effect: FlowEffect, at now: ContinuousClock.Instant) {
        let inbox = login.inbox
        if calls.perform(effect, client: client, options: login.configuration.startOptions, tapLink: login.configuration.tapLink,
                         post: { inbox.post(.flow($0)) }) {
            return
        }
        switch effect {
        case .loggedIn(let result):
            speaker.say(PlainWording.signedIn(result, now: Date()))
            outcome = .finished(.success(result))
        case .finish(let how):
            outcome = .finished(how)
        case .wake, .startAuth, .completeAuth, .pollLink, .cancelRequest, .stopLinkPoll, .tapLink:
            break  // calls are `CallTasks`'; the loop wakes for announcements and deadlines only, from `nextDue(after:)`
        }
    }
}
