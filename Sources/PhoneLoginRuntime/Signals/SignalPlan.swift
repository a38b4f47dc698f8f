#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which signals a program answers itself (as inbox items, so the loop restores the terminal before anything ends)
/// and which it ignores while it runs.
public struct SignalPlan: Sendable {
    /// Delivered to the program as `.signal` items.
    public var handled: [Int32]
    /// Ignored while the program runs (a kiosk's Ctrl-\ and Ctrl-Z sent by `kill`, a hook closing its stdin early).
    public var ignored: [Int32]

    /// Creates a plan.
    public init(handled: [Int32], ignored: [Int32] = []) {
        self.handled = handled
        self.ignored = ignored
    }

    /// The full screen: Ctrl-C, SIGTERM, SIGHUP, window resizes and resumes (SIGCONT: the screen is drawn whole again).
    public static let fullScreen = SignalPlan(handled: [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCONT])
    /// The kiosk: as the full screen (SIGINT then means nothing), ignoring Ctrl-\, Ctrl-Z, background tty access and
    /// closed pipes.
    public static let kiosk = SignalPlan(handled: [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCONT], ignored: [SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE])
    /// The plain mode: Ctrl-C and Ctrl-\, SIGTERM, SIGHUP, and Ctrl-Z (which stops only after the echo is back).
    public static let plain = SignalPlan(handled: [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP])
}
