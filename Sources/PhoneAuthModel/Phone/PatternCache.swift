import Foundation

/// The metadata's patterns compiled on first use, each once: only the patterns of the countries in use are ever
/// compiled, so start-up pays nothing for the table.
final class PatternCache: @unchecked Sendable {
    /// The one cache.
    static let shared = PatternCache()

    private let lock = NSLock()
    private var compiled: [String: Regex<AnyRegexOutput>] = [:]

    /// `pattern` compiled (nil when the pattern does not compile, which the table's test rules out).
    func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
        lock.lock()
        defer { lock.unlock() }
        if let regex = compiled[pattern] { return regex }
        guard let regex = try? Regex(pattern) else { return nil }
        compiled[pattern] = regex
        return regex
    }

    /// How many patterns have been compiled so far (for the tests and the benchmark).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return compiled.count
    }
}
