import Synchronization

/// The metadata's patterns compiled on first use, each once: only the patterns of the countries in use are ever
/// compiled, so start-up pays nothing for the table.
final class PatternCache: @unchecked Sendable {
    /// The one cache.
    static let shared = PatternCache()

    private let compiled = Mutex<[String: Regex<AnyRegexOutput>]>([:])

    /// `pattern` compiled (nil when the pattern does not compile, which the table's test rules out).
    func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        compiled.withLock { compiled in
            if let regex = compiled[pattern] { return regex }
            guard let regex = try? Regex(pattern) else { return nil }
            compiled[pattern] = regex
            return regex
        }
    }

    /// How many patterns have been compiled so far (for the tests and the benchmark).
    var count: Int {
        compiled.withLock { $0.count }
    }
}
