import Foundation

/// Settings the fuzz test reads from the environment.
enum FuzzEnvironment {
    /// One more seed to run, from `PHONE_LOGIN_FUZZ_SEED` (to replay a failure printed elsewhere).
    static var fuzzSeed: UInt64? { ProcessInfo.processInfo.environment["PHONE_LOGIN_FUZZ_SEED"].flatMap { UInt64($0) } }
}
