import Foundation
import PhoneLoginTestSupport
import Testing

/// The committed `WordKey` is what its generator makes from the English catalogue: a sentence added to, renamed in or
/// taken out of en.json without regenerating fails here.
@Suite("The catalogues' keys, generated from en.json")
struct WordKeyTableTests {
    @Test("the committed WordKey.swift is what scripts/generate-word-keys.py makes from Catalogues/en.json", .timeLimit(.minutes(15)))
    func keysAreGenerated() async throws {
        let python = try await ScreenshotScriptTests.venvPython()
        let root = ScreenshotScriptTests.root
        let run = try await BinaryRunner.run([root.appendingPathComponent("scripts/generate-word-keys.py").path, "--stdout"],
                                             executable: python, timeout: .seconds(60))
        try #require(run.status == 0, "the generator failed (\(run.status)):\n\(run.stderr)")
        let committed = try String(contentsOf: root.appendingPathComponent("Sources/PhoneAuthModel/Language/WordKey.swift"), encoding: .utf8)
        #expect(run.stdout == committed, "WordKey.swift differs from a fresh generation: run scripts/generate-word-keys.py and commit it")
    }
}
