/// What happens to a kiosk session: the flow's events (keys, ticks, answers) and the end of a hand-off.
public enum KioskEvent: Equatable, Sendable {
    /// A key, a tick, or an answer for the current visitor's flow.
    case flow(FlowEvent)
    /// The hook and the log are done with this visitor's login.
    case handOffFinished(visitor: Int, HandOffReport)
}
