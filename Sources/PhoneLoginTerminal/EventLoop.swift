import CNCursesW
import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI

/// The loop on the terminal thread: the only place the flow, the decoder and curses are touched.
struct EventLoop {
    let app: FullScreenApp
    let session: TerminalSession
    var flow: LoginFlow
    var context: ViewContext
    var decoder = KeyDecoder()
    var previousFrame: CellGrid?
    var wakeAt: ContinuousClock.Instant?
    var escapeSince: ContinuousClock.Instant?
    var pasteSince: ContinuousClock.Instant?
    var requests: [Int: Task<Void, Never>] = [:]
    var linkPoll: Task<Void, Never>?
    var outcome: FullScreenOutcome?

    /// How long a lone Esc waits for a following byte.
    static let escapeWait = Duration.milliseconds(30)
    /// How long a bracketed paste without its end marker waits for more before it is taken as it is.
    static let pasteWait = Duration.seconds(1)
    /// The longest sleep when nothing is scheduled.
    static let idleWait = Duration.seconds(60)

    init(app: FullScreenApp, session: TerminalSession) {
        self.app = app
        self.session = session
        self.flow = LoginFlow(settings: app.configuration.settings)
        self.context = app.configuration.context
    }

    mutating func run() -> FullScreenOutcome {
        while outcome == nil {
            render()
            waitForSomething()
            let now = ContinuousClock.now
            for item in app.inbox.take() {
                switch item {
                case .flow(let event): apply(event, at: now)
                case .sms(let line): context.messages.append(line)
                case .signal(SIGINT): apply(.key(.interrupt), at: now)
                case .signal(SIGWINCH):
                    session.resizeToTerminal()
                    previousFrame = nil
                case .signal(let number): outcome = .signalled(number)
                }
                if outcome != nil { break }
            }
            for input in session.readAvailable() where outcome == nil {
                for decoded in decoder.feed(input) {
                    switch decoded {
                    case .key(let key): apply(.key(key), at: now)
                    case .resize: previousFrame = nil
                    }
                }
                escapeSince = decoder.isWaitingAfterEscape ? now : nil
                pasteSince = decoder.isInPaste ? now : nil
            }
            if let since = escapeSince ?? pasteSince, now - since >= (escapeSince != nil ? Self.escapeWait : Self.pasteWait) {
                escapeSince = nil
                pasteSince = nil
                for case .key(let key) in decoder.flush() where outcome == nil { apply(.key(key), at: now) }
            }
            if let wake = wakeAt, now >= wake {
                wakeAt = nil
                apply(.tick, at: now)
            }
        }
        requests.values.forEach { $0.cancel() }
        linkPoll?.cancel()
        return outcome!
    }

    /// Sleeps in poll until a key, an inbox item, a pending Esc's moment, or the next wake-up.
    func waitForSomething() {
        let now = ContinuousClock.now
        var wait = Self.idleWait
        if let wakeAt { wait = min(wait, wakeAt - now) }
        if let escapeSince { wait = min(wait, escapeSince + Self.escapeWait - now) }
        if let pasteSince { wait = min(wait, pasteSince + Self.pasteWait - now) }
        let milliseconds = Int32(max(0, (wait / .milliseconds(1)).rounded(.up)))
        var descriptors = [pollfd(fd: session.inputDescriptor, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: app.inbox.readDescriptor, events: Int16(POLLIN), revents: 0)]
        _ = poll(&descriptors, 2, milliseconds)
    }

    /// Draws the frame for now; the terminal is touched only if it differs from the last one.
    mutating func render() {
        let (width, height) = session.size
        var frame = CellGrid(width: width, height: height)
        context.wallClock = Date()
        LoginView.draw(flow, at: .now, context: context, on: &frame)
        guard frame != previousFrame else { return }
        var canvas = CursesCanvas(session: session)
        canvas.present(frame, over: previousFrame)
        previousFrame = frame
    }

    /// Hands an event to the flow and carries out its effects.
    mutating func apply(_ event: FlowEvent, at now: ContinuousClock.Instant) {
        for effect in flow.handle(event, at: now) { perform(effect) }
    }

    mutating func perform(_ effect: FlowEffect) {
        let clients = app.clients, inbox = app.inbox, options = app.configuration.startOptions
        switch effect {
        case .startAuth(let id, let phone):
            requests[id] = Task {
                let result = await callResult { () async throws(AuthError) in try await clients.client().startAuth(phone: phone, options: options) }
                inbox.post(.flow(.startFinished(requestID: id, result)))
            }
        case .completeAuth(let id, let phone, let operationID, let code):
            requests[id] = Task {
                let result = await callResult { () async throws(AuthError) in
                    try await clients.client().completeAuth(phone: phone, operationID: operationID, code: code)
                }
                inbox.post(.flow(.confirmFinished(requestID: id, result)))
            }
        case .cancelRequest(let id):
            requests.removeValue(forKey: id)?.cancel()
        case .pollLink(let phone, let operationID, let deadline):
            linkPoll?.cancel()
            linkPoll = Task {
                let result = await callResult { () async throws(AuthError) in
                    try await clients.client().waitForLinkCode(phone: phone, operationID: operationID, until: deadline)
                }
                if !Task.isCancelled { inbox.post(.flow(.linkCodeArrived(operationID: operationID, result))) }
            }
        case .stopLinkPoll:
            linkPoll?.cancel()
            linkPoll = nil
        case .tapLink(let operationID):
            if let tap = app.configuration.tapLink { Task { await tap(operationID) } }
        case .wake(let at):
            wakeAt = at
        case .loggedIn(let result):
            if app.configuration.exitOnSuccess { outcome = .finished(.success(result)) }
        case .finish(let how):
            outcome = .finished(how)
        }
    }
}

/// A client call's value or its error, as a `Result` for the flow.
func callResult<T>(_ call: () async throws(AuthError) -> T) async -> Result<T, AuthError> {
    do {
        return .success(try await call())
    } catch {
        return .failure(error)
    }
}
