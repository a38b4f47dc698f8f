import Foundation
import PhoneLoginTestSupport
import Testing

/// Each committed generated file is what its generator makes from its pinned source: a change to the source (a
/// catalogue sentence, a metadata or CLDR version, Python's Unicode data) without regenerating fails here.
@Suite("Generated files, each what its script makes")
struct GeneratedFileTests {
    /// A generator and the file it writes (what `--stdout` prints must equal the committed file).
    struct Generated: Sendable, CustomTestStringConvertible {
        let script: String
        let file: String
        var testDescription: String { file }
    }

    @Test("the committed file is what its generator makes", .timeLimit(.minutes(15)), arguments: [
        Generated(script: "scripts/generate-countries.py", file: "Sources/PhoneAuthModel/Phone/CountryTable.swift"),
        Generated(script: "scripts/generate-country-names.py", file: "Sources/PhoneAuthModel/Phone/CountryNames.swift"),
        Generated(script: "scripts/generate-word-keys.py", file: "Sources/PhoneAuthModel/Language/WordKey.swift"),
        Generated(script: "scripts/generate-decompositions.py", file: "Sources/PhoneAuthModel/Text/CanonicalDecompositionTable.swift"),
    ])
    func upToDate(_ generated: Generated) async throws {
        let python = try await ScreenshotScriptTests.venvPython()
        let root = ScreenshotScriptTests.root
        let run = try await BinaryRunner.run([root.appendingPathComponent(generated.script).path, "--stdout"],
                                             executable: python, timeout: .seconds(300))
        try #require(run.status == 0, "\(generated.script) failed (\(run.status)):\n\(run.stderr)")
        let committed = try String(contentsOf: root.appendingPathComponent(generated.file), encoding: .utf8)
        #expect(run.stdout == committed, "\(generated.file) differs from a fresh generation: run \(generated.script) and commit it")
    }
}
