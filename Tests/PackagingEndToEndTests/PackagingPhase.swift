import Foundation

/// The packaging suite's phases timed: each prints its wall time as it ends (`packaging phase: … 12.3 s`), so a slow
/// run says where its time went.
enum PackagingPhase {
    /// Runs `body`, then prints how long it took (also when it throws).
    static func measure<T>(_ name: String, _ body: () async throws -> T) async rethrows -> T {
        let started = ContinuousClock.now
        defer { report(name, ContinuousClock.now - started) }
        return try await body()
    }

    /// Prints one phase's time.
    static func report(_ name: String, _ elapsed: Duration) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("packaging phase: \(name): \(String(format: "%.1f", seconds)) s")
    }
}
