import Foundation
import PhoneLoginTestSupport
import Testing

/// The committed table of country names is what its generator makes from the pinned CLDR (babel) and orders.
@Suite("The country names' table, generated from CLDR")
struct CountryNamesTableTests {
    @Test("the committed CountryNames.swift is what scripts/generate-country-names.py makes from the pinned packages", .timeLimit(.minutes(15)))
    func namesAreGenerated() async throws {
        let python = try await ScreenshotScriptTests.venvPython()
        let root = ScreenshotScriptTests.root
        let run = try await BinaryRunner.run([root.appendingPathComponent("scripts/generate-country-names.py").path, "--stdout"],
                                             executable: python, timeout: .seconds(300))
        try #require(run.status == 0, "the generator failed (\(run.status)):\n\(run.stderr)")
        let committed = try String(contentsOf: root.appendingPathComponent("Sources/PhoneAuthModel/Phone/CountryNames.swift"), encoding: .utf8)
        #expect(run.stdout == committed, "CountryNames.swift differs from a fresh generation: run scripts/generate-country-names.py and commit it")
    }
}
