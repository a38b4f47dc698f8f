import PhoneAuthModel

/// How the flow ended.
public enum FlowExit: Equatable, Sendable {
    /// Logged in.
    case success(LoginResult)
    /// The user left (Esc on the phone screen).
    case cancelled
    /// Ctrl-C.
    case interrupted
}
