import PhoneLoginFlow
import PhoneLoginUI
import Testing

/// Many thousands of random key sequences through the whole input path, from a fixed set of seeds so a failure
/// replays exactly (`PHONE_LOGIN_FUZZ_SEED=<seed> swift test --filter InputFuzzTests` runs one more seed).
@Suite("Fuzzing the input path: bytes → keys → the flow → the screen")
struct InputFuzzTests {
    static let stepsPerSeed = 1_500
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8] + (FuzzEnvironment.fuzzSeed.map { [$0] } ?? [])

    @Test("no crash, bounded fields, the phone rule, no impossible state, every cell one column wide", arguments: seeds)
    func fuzz(seed: UInt64) async throws {
        let oracleWorks = TerminalWidth.inUTF8Locale { TerminalWidth.isOneCell("é") && !TerminalWidth.isOneCell("中") }
        try #require(oracleWorks, "the C library's UTF-8 locale is there")
        var fuzzer = FlowFuzzer(seed: seed)
        do {
            try await fuzzer.run(steps: Self.stepsPerSeed)
        } catch {
            Issue.record("seed \(seed), step \(fuzzer.statistics.steps): \(error)")
        }
        print("fuzz seed \(seed): \(fuzzer.statistics.summary)")
        #expect(fuzzer.statistics.keys > Self.stepsPerSeed, "the run decoded keys")
    }
}
