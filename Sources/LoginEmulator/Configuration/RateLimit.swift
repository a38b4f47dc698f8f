/// At most `requests` in any sliding `window`.
public struct RateLimit: Hashable, Sendable {
    /// How many requests the window admits.
    public var requests: Int
    /// The length of the sliding window.
    public var window: Duration

    /// Creates a limit.
    public init(requests: Int, window: Duration) {
        self.requests = requests
        self.window = window
    }
}
