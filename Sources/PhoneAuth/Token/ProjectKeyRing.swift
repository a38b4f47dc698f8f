/// A project's public keys as last fetched, by `kid`, with the moment they were fetched: kept for `lifetime` (ten
/// minutes, as the official Go SDK keeps them), then fetched again.
struct ProjectKeyRing: Sendable {
    /// How long fetched keys are trusted to be the project's current ones.
    static let lifetime = Duration.seconds(600)

    /// The keys by `kid`.
    var keys: [String: ProjectKey]
    /// When they were fetched.
    var fetchedAt: ContinuousClock.Instant

    /// Whether the keys are still fresh at `now`.
    func isFresh(at now: ContinuousClock.Instant) -> Bool {
        now - fetchedAt < Self.lifetime
    }
}
