/// How a kiosk ended: it runs until a signal or the admin key.
public enum KioskOutcome: Equatable, Sendable {
    /// The admin key was pressed twice.
    case stoppedByAdminKey
    /// A signal (SIGTERM, SIGHUP) ended it; the terminal was restored.
    case signalled(Int32)
}
