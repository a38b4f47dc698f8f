/// A broken invariant found by the fuzzer: what broke, and the steps that led there.
struct FuzzFailure: Error, CustomStringConvertible {
    /// The invariant and the values that broke it.
    let message: String
    /// The last steps before it, oldest first.
    let recentSteps: [String]

    var description: String { message + "\nlast steps:\n" + recentSteps.joined(separator: "\n") }
}
