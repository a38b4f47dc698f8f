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
    var frames = FrameBuffers()
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
        render()
        // The client (demo mode: the emulator) is prepared once the first frame is on the screen, not while it is drawn.
        app.clients.begin()
        while outcome == nil {
            let (now, inputs) = keys.next(session: session, inbox: app.inbox, wakeAt: &wakeAt)
            for input in inputs where outcome == nil {
                switch input {
                case .item(.flow(let event)): apply(event, at: now)
                case .item(.sms(let line)): context.messages.append(line)
                case .item(.handOff): break
                case .item(.signal(SIGINT)): apply(.key(.interrupt), at: now)
                case .item(.signal(SIGWINCH)):
                    session.resizeToTerminal()
                    frames.forget()
                case .item(.signal(let number)): outcome = .signalled(number)
                case .decoded(.key(let key)): apply(.key(key), at: now)
                case .decoded(.resize): frames.forget()
                case .tick: apply(.tick, at: now)
                }
            }
            if outcome == nil { render() }
        }
        calls.cancelAll()
        return outcome!
    }

    /// Draws the frame for now; the terminal is touched only if it differs from the last one.
    mutating func render() {
        context.wallClock = Date()
        let (flow, context) = (flow, context)
        frames.show(on: session) { LoginView.draw(flow, at: .now, context: context, on: &$0) }
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
