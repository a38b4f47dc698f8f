/// What woke the loop: the time, the items posted since the last moment, and whether the program's input is readable.
public struct RuntimeMoment<Message: Sendable> {
    /// When the loop woke.
    public let now: ContinuousClock.Instant
    /// Items from other threads, oldest first.
    public let items: [RuntimeItem<Message>]
    /// Whether `poll` saw the program's input descriptor readable (or an error on it).
    public let inputReady: Bool
}
