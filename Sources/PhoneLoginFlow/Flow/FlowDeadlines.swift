/// The instants the flow's state changes by itself, for front-ends that wake on them rather than on the display's
/// changes (plain mode announces these; the full screen redraws on `FlowEffect.wake`).
public struct FlowDeadlines: Equatable, Sendable {
    /// When the code expires, while the expiry has not yet been handled (a `.tick` at or after it handles it).
    public var expiry: ContinuousClock.Instant?
    /// When resend becomes available, on the code screen.
    public var resend: ContinuousClock.Instant?
    /// When the server's rate-limit wait ends.
    public var retry: ContinuousClock.Instant?

    /// Creates deadlines; none by default.
    public init(expiry: ContinuousClock.Instant? = nil, resend: ContinuousClock.Instant? = nil, retry: ContinuousClock.Instant? = nil) {
        self.expiry = expiry
        self.resend = resend
        self.retry = retry
    }

    /// The earliest of them, if any.
    public var earliest: ContinuousClock.Instant? { [expiry, resend, retry].compactMap { $0 }.min() }
}
