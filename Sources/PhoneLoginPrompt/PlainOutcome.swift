import PhoneLoginFlow

/// How the plain mode ended.
public enum PlainOutcome: Equatable, Sendable {
    /// The flow ended: logged in, or interrupted (Ctrl-C).
    case finished(FlowExit)
    /// The input ended (Ctrl-D, or the end of a pipe) with no login; carries the problem still standing, if any
    /// (a wrong code, a rate limit, an expired code…), which decides the exit code.
    case endOfInput(standing: FlowNotice?)
    /// A signal (SIGTERM, SIGHUP) ended it; the terminal was restored.
    case signalled(Int32)
}
