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
    var input = TerminalInput()
    var frames = FrameBuffers()
    var outcome: RunOutcome?

    init(configuration: FullScreenConfiguration, session: TerminalSession) {
        self.configuration = configuration
        self.session = session
        self.flow = LoginFlow(settings: configuration.settings)
        self.context = configuration.context
    }

    var inputDescriptor: Int32? { session.inputDescriptor }

    var wakeAt: ContinuousClock.Instant? { input.wakeAt }

    mutating func start(_ runtime: RuntimeContext<TerminalMessage>, at now: ContinuousClock.Instant) {
        render()
        // The service (demo mode: the emulator) is prepared once the first frame is on the screen, not while it is drawn.
        runtime.services.begin()
    }

    mutating func step(_ moment: RuntimeMoment<TerminalMessage>, _ runtime: RuntimeContext<TerminalMessage>) {
        let now = moment.now
        for event in input.events(in: moment, session: session, frames: &frames) where outcome == nil {
            switch event {
            case .flow(let event): apply(event, at: now, runtime)
            case .message(.sms(let line)): context.messages.append(line)
            case .message(.handOff): break
            case .signal(SIGINT): apply(.key(.interrupt), at: now, runtime)
            case .signal(let number): outcome = .signalled(number)
            case .key(let key): apply(.key(key), at: now, runtime)
            }
        }
        if outcome == nil, input.takeWake(at: now) { apply(.tick, at: now, runtime) }
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
                input.wake = at
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
