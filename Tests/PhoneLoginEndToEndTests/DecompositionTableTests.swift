import Foundation
import PhoneLoginTestSupport
import Testing

/// The committed table of decompositions and case foldings is what its generator makes from Python's Unicode data.
@Suite("The decompositions' table, generated from Python's unicodedata")
struct DecompositionTableTests {
    @Test("the committed CanonicalDecompositionTable.swift is what scripts/generate-decompositions.py makes", .timeLimit(.minutes(5)))
    func tableIsGenerated() async throws {
        let python = try await ScreenshotScriptTests.venvPython()
        let root = ScreenshotScriptTests.root
        let run = try await BinaryRunner.run([root.appendingPathComponent("scripts/generate-decompositions.py").path, "--stdout"],
                                             executable: python, timeout: .seconds(120))
        try #require(run.status == 0, "the generator failed (\(run.status)):\n\(run.stderr)")
        let committed = try String(contentsOf: root.appendingPathComponent("Sources/PhoneAuthModel/Text/CanonicalDecompositionTable.swift"), encoding: .utf8)
        #expect(run.stdout == committed, "CanonicalDecompositionTable.swift differs from a fresh generation: run scripts/generate-decompositions.py and commit it")
    }
}
