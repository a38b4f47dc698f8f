import PhoneLoginFlow

/// How the full-screen UI ended.
public enum FullScreenOutcome: Equatable, Sendable {
    /// The flow ended: logged in, cancelled or interrupted.
    case finished(FlowExit)
    /// A signal (SIGTERM, SIGHUP) ended it; the terminal was restored.
    case signalled(Int32)
}
