/// How the `--on-login` command ended: data only; `FlowWording` says it in words.
public enum HookOutcome: Equatable, Sendable {
    /// It exited 0.
    case succeeded
    /// It exited with this non-zero status.
    case exited(Int32)
    /// A signal ended it (not ours).
    case killedBySignal(Int32)
    /// It ran longer than its timeout and was killed.
    case timedOut(seconds: Int)
    /// It could not be started (no `/bin/sh`, no processes left).
    case couldNotStart

    /// Whether it worked.
    public var succeeded: Bool { self == .succeeded }
}
