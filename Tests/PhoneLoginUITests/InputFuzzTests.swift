import PhoneLoginFlow
import PhoneLoginTestSupport
import PhoneLoginUI
import Testing

/// Many thousands of random key sequences through the whole input path, from a fixed set of seeds so a failure
/// replays exactly (`PHONE_LOGIN_FUZZ_SEED=<seed> swift test --filter InputFuzzTests` runs one more seed).
///
/// The suite's 20 s of CPU run one seed at a time, each on a thread of its own: on the cooperative pool (two threads
/// on two cores) the seeds together held both threads for tens of seconds, and every test waiting on a server in the
/// same process (the in-process emulator's handlers run there too) missed its timing.
@Suite("Fuzzing the input path: bytes → keys → the flow → the screen", .serialized)
struct InputFuzzTests {
    static let stepsPerSeed = 1_500
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8] + (FuzzEnvironment.fuzzSeed.map { [$0] } ?? [])

    @Test("no crash, bounded fields, the phone rule, no impossible state, every cell one column wide", arguments: seeds)
    func fuzz(seed: UInt64) async throws {
        let oracleWorks = TerminalWidth.inUTF8Locale { TerminalWidth.isOneCell("é") && !TerminalWidth.isOneCell("中") }
        try #require(oracleWorks, "the C library's UTF-8 locale is there")
        let (statistics, failure) = await DedicatedThread.run { () -> (FuzzStatistics, String?) in
            var fuzzer = FlowFuzzer(seed: seed)
            do throws(FuzzFailure) {
                try fuzzer.run(steps: Self.stepsPerSeed)
                return (fuzzer.statistics, nil)
            } catch {
                return (fuzzer.statistics, "seed \(seed), step \(fuzzer.statistics.steps): \(error)")
            }
        }
        if let failure { Issue.record(Comment(rawValue: failure)) }
        print("fuzz seed \(seed): \(statistics.summary)")
        #expect(statistics.keys > Self.stepsPerSeed, "the run decoded keys")
    }
}
