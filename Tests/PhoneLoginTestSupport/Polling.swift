/// Waiting for a condition by asking again, for what a test cannot be told about: a loaded machine can take longer
/// than any fixed sleep, so tests poll the real state (a screen, a file, the emulator's figures) with a deadline.
public enum Polling {
    /// Asks `condition` every `interval` until it holds or `timeout` has passed (it is asked once more at the
    /// deadline); whether it came to hold.
    public static func until(within timeout: Duration, every interval: Duration = .milliseconds(20),
                             _ condition: () async throws -> Bool) async rethrows -> Bool {
        let deadline = ContinuousClock.now + timeout
        while true {
            if try await condition() { return true }
            if ContinuousClock.now >= deadline || Task.isCancelled { return false }
            try? await Task.sleep(for: interval)
        }
    }
}
