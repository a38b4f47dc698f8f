/// Request latencies in seconds, merged from every client of a run.
struct LatencySamples: Sendable {
    private(set) var values: [Double] = []

    /// How many requests were timed.
    var count: Int { values.count }

    /// Adds one latency.
    mutating func append(_ seconds: Double) { values.append(seconds) }

    /// Adds another client's latencies.
    mutating func merge(_ other: LatencySamples) { values += other.values }

    /// The `p`th percentile (nearest rank), or 0 without samples.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
