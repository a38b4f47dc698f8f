/// What became of a login handed to the kiosk's hook and log: data for the success screen.
public struct HandOffReport: Equatable, Sendable {
    /// The hook's outcome, or nil when no hook is set.
    public var hook: HookOutcome?
    /// Whether the log line was written, or nil when no log is kept.
    public var logged: Bool?

    /// Creates a report.
    public init(hook: HookOutcome? = nil, logged: Bool? = nil) {
        self.hook = hook
        self.logged = logged
    }

    /// Whether anything went wrong (the success screen says so politely).
    public var hasProblem: Bool { hook.map { !$0.succeeded } ?? false || logged == false }
}
