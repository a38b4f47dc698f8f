import PhoneAuthModel

/// What a kiosk session asks its runner to do.
public enum KioskEffect: Equatable, Sendable {
    /// A call for the flow (start, confirm, cancel, link poll, tap): as in the single-login UI.
    case flow(FlowEffect)
    /// Hand a login to the hook and the log; report `.handOffFinished` with the same visitor number.
    case handOff(visitor: Int, LoginResult, phone: PhoneNumber)
    /// A new visitor: wipe the screen, the terminal's scrollback and the demo's SMS panel.
    case clearScreen
    /// Deliver `.flow(.tick)` at this instant (replaces any earlier wake-up).
    case wake(at: ContinuousClock.Instant)
    /// The admin key was pressed twice: stop the kiosk.
    case stop
}
