import Foundation
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginUI

/// The input side shared by the curses programs (the full screen and the kiosk): a moment's items and the keys
/// waiting, as events in the order they are handled, and the model's wake-up. A window resize, by SIGWINCH or by
/// curses' key code, is handled here: the window takes the terminal's size and the next frame is drawn whole; so is a
/// resume (SIGCONT).
struct TerminalInput {
    /// What a moment brings a curses program, besides resizes.
    enum Event {
        /// A service call's answer, for the flow.
        case flow(FlowEvent)
        /// A front-end message (a demo SMS, a hand-off's report).
        case message(TerminalMessage)
        /// SIGINT, SIGTERM or SIGHUP.
        case signal(Int32)
        /// A decoded key or paste.
        case key(KeyInput)
    }

    private var keys = KeyReader()
    /// The model's next wake-up (the flow's or the kiosk session's `.wake`).
    var wake: ContinuousClock.Instant?

    /// When the program must be stepped: the model's wake-up, or the end of a lone Esc's or a paste's wait.
    var wakeAt: ContinuousClock.Instant? {
        guard let escape = keys.escapeDeadline else { return wake }
        return wake.map { min($0, escape) } ?? escape
    }

    /// The moment's items, then the keys curses has (read only when poll saw the terminal ready: a countdown's tick
    /// costs no read of an empty keyboard).
    mutating func events(in moment: RuntimeMoment<TerminalMessage>, session: TerminalSession, frames: inout FrameBuffers) -> [Event] {
        var events: [Event] = []
        for item in moment.items {
            switch item {
            case .flow(let event): events.append(.flow(event))
            case .message(let message): events.append(.message(message))
            case .signal(SIGWINCH):
                session.resizeToTerminal()
                frames.forget()
            case .signal(SIGCONT):
                // Resumed after a stop: whatever ran meanwhile may have written over the screen.
                session.clearScreenOnNextRefresh()
                frames.forget()
            case .signal(let number): events.append(.signal(number))
            }
        }
        for input in keys.read(from: session, at: moment.now, keysWaiting: moment.inputReady) {
            switch input {
            case .key(let key): events.append(.key(key))
            case .resize: frames.forget()
            }
        }
        return events
    }

    /// Whether the model's wake-up has come at `now`; it is then cleared.
    mutating func takeWake(at now: ContinuousClock.Instant) -> Bool {
        guard let wake, now >= wake else { return false }
        self.wake = nil
        return true
    }
}
