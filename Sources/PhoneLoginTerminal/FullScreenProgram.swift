import CNCursesW
import Foundation
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginUI

/// The full-screen login as the runtime runs it: keys and answers into the `LoginFlow`, its effects carried out, the
/// frame drawn through curses when it differs from the last one. Runs on the runtime's thread only.
struct FullScreenProgram: RuntimeProgram {
    let configuration: FullScreenConfiguration
    let session: TerminalSession
    var flow: LoginFlow
    var context: ViewContext
    var keys = KeyReader()
    var frames = FrameBuffers()
    /// The flow's next wake-up.
    var flowWake: ContinuousClock.Instant?
    var outcome: RunOutcome?

    init(configuration: FullScreenConfiguration, session: TerminalSession) {
        self.configuration = configuration
        self.session = session
        self.flow = LoginFlow(settings: configuration.settings)
        self.context = configuration.context
    }

    var inputDescriptor: Int32? { session.inputDescriptor }

    var wakeAt: ContinuousClock.Instant? { [flowWake, keys.escapeDeadline].compactMap { $0 }.min() }

    mutating func start(_ runtime: RuntimeContext<TerminalMessage>, at now: ContinuousClock.Instant) {
        render()
        // The service (demo mode: the emulator) is prepared once the first frame is on the screen, not while it is drawn.
        runtime.services.begin()
    }

    mutating func step(_ moment: RuntimeMoment<TerminalMessage>, _ runtime: RuntimeContext<TerminalMessage>) {
        let now = moment.now
        for item in moment.items where outcome == nil {
            switch item {
            case .flow(let event): apply(event, at: now, runtime)
            case .message(.sms(let line)): context.messages.append(line)
            case .message(.handOff): break
            case .signal(SIGINT): apply(.key(.interrupt), at: now, runtime)
            case .signal(SIGWINCH):
                session.resizeToTerminal()
                frames.forget()
            case .signal(let number): outcome = .signalled(number)
            }
        }
        // Only what poll saw ready is read: a countdown's tick costs no read of an empty keyboard.
        for input in keys.read(from: session, at: now, keysWaiting: moment.inputReady) where outcome == nil {
            switch input {
            case .key(let key): apply(.key(key), at: now, runtime)
            case .resize: frames.forget()
            }
        }
        if outcome == nil, let wake = flowWake, now >= wake {
            flowWake = nil
            apply(.tick, at: now, runtime)
        }
        if outcome == nil { render() }
    }

    mutating func stop() {
        session.close()
    }

    /// Draws the frame for now; the terminal is touched only if it differs from the last one.
    mutating func render() {
        context.wallClock = Date()
        let (flow, context) = (flow, context)
        frames.show(on: session) { LoginView.draw(flow, at: .now, context: context, on: &$0) }
    }

    /// Hands an event to the flow and carries out its effects.
    mutating func apply(_ event: FlowEvent, at now: ContinuousClock.Instant, _ runtime: RuntimeContext<TerminalMessage>) {
        for effect in flow.handle(event, at: now) {
            switch effect {
            case .wake(let at):
                flowWake = at
            case .loggedIn(let result):
                if configuration.exitOnSuccess { outcome = .finished(.success(result)) }
            case .finish(let how):
                outcome = .finished(how)
            default:
                runtime.perform(effect)
            }
        }
    }
}
