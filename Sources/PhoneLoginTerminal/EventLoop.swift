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
    var keys = KeyReader()
    var calls: FlowCalls
    var previousFrame: CellGrid?
    var wakeAt: ContinuousClock.Instant?
    var outcome: FullScreenOutcome?

    init(app: FullScreenApp, session: TerminalSession) {
        self.app = app
        self.session = session
        self.flow = LoginFlow(settings: app.configuration.settings)
        self.context = app.configuration.context
        self.calls = FlowCalls(app: app)
    }

    mutating func run() -> FullScreenOutcome {
        while outcome == nil {
            render()
            keys.waitForSomething(session: session, inbox: app.inbox, until: wakeAt)
            let now = ContinuousClock.now
            for item in app.inbox.take() {
                switch item {
                case .flow(let event): apply(event, at: now)
                case .sms(let line): context.messages.append(line)
                case .handOff: break
                case .signal(SIGINT): apply(.key(.interrupt), at: now)
                case .signal(SIGWINCH):
                    session.resizeToTerminal()
                    previousFrame = nil
                case .signal(let number): outcome = .signalled(number)
                }
                if outcome != nil { break }
            }
            for decoded in keys.read(from: session, at: now) where outcome == nil {
                switch decoded {
                case .key(let key): apply(.key(key), at: now)
                case .resize: previousFrame = nil
                }
            }
            if outcome == nil, let wake = wakeAt, now >= wake {
                wakeAt = nil
                apply(.tick, at: now)
            }
        }
        calls.cancelAll()
        return outcome!
    }

    /// Draws the frame for now; the terminal is touched only if it differs from the last one.
    mutating func render() {
        let (width, height) = session.size
        var frame = CellGrid(width: width, height: height)
        context.wallClock = Date()
        LoginView.draw(flow, at: .now, context: context, on: &frame)
        CursesCanvas.show(frame, over: &previousFrame, session: session)
    }

    /// Hands an event to the flow and carries out its effects.
    mutating func apply(_ event: FlowEvent, at now: ContinuousClock.Instant) {
        for effect in flow.handle(event, at: now) { perform(effect) }
    }

    mutating func perform(_ effect: FlowEffect) {
        switch effect {
        case .wake(let at):
            wakeAt = at
        case .loggedIn(let result):
            if app.configuration.exitOnSuccess { outcome = .finished(.success(result)) }
        case .finish(let how):
            outcome = .finished(how)
        default:
            calls.perform(effect)
        }
    }
}
