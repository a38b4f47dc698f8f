/// What one client counted in the measured window.
struct ClientTally: Sendable {
    var logins = 0
    var errors = 0
    var firstError: String?
    var latencies = LatencySamples()

    /// Adds another client's counts.
    mutating func merge(_ other: ClientTally) {
        logins += other.logins
        errors += other.errors
        firstError = firstError ?? other.firstError
        latencies.merge(other.latencies)
    }
}
