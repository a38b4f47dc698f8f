import PhoneLoginFlow

/// How a front-end's program ended: one type for the full screen, the kiosk and the plain mode, so one mapping turns
/// it into an exit code.
public enum RunOutcome: Equatable, Sendable {
    /// The flow ended: logged in, cancelled or interrupted.
    case finished(FlowExit)
    /// The input ended (Ctrl-D, the end of a pipe) with no login; carries the problem still standing, if any (a wrong
    /// code, a rate limit, an expired code…), which decides the exit code.
    case endOfInput(standing: FlowNotice?)
    /// The kiosk's admin key was pressed twice.
    case stoppedByAdminKey
    /// A signal (SIGTERM, SIGHUP) ended it; the terminal was restored.
    case signalled(Int32)
}
