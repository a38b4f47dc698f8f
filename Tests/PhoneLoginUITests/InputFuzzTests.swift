import PhoneLoginFlow
import PhoneLoginUI
import Testing

/// Many thousands of random key sequences through the whole input path, from a fixed set of seeds so a failure
/// replays exactly (`PHONE_LOGIN_FUZZ_SEED=<seed> swift test --filter InputFuzzTests` runs one more seed).
@Suite("Fuzzing the input path: bytes → keys → the flow → the screen")
struct InputFuzzTests {
    static let stepsPerSeed = 2_000
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8] + (FuzzEnvironment.fuzzSeed.map { [$0] } ?? [])

    @Test("no crash, bounded fields, the phone rule, no impossible state, every cell one column wide", arguments: seeds)
    func fuzz(seed: UInt64) throws {
        var fuzzer = FlowFuzzer(seed: seed)
        do {
            try TerminalWidth.inUTF8Locale {
                try #require(TerminalWidth.isOneCell("é") && !TerminalWidth.isOneCell("中"), "the C library's UTF-8 locale is there")
                try fuzzer.run(steps: Self.stepsPerSeed)
            }
        } catch let failure as FuzzFailure {
            Issue.record("seed \(seed), step \(fuzzer.statistics.steps): \(failure)")
        }
        print("fuzz seed \(seed): \(fuzzer.statistics.summary)")
        #expect(fuzzer.statistics.keys > Self.stepsPerSeed, "the run decoded keys")
    }
}
