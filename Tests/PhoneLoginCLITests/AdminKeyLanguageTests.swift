import ArgumentParser
import Testing
@testable import PhoneLoginCLI

@Suite("The kiosk's admin key leaves Ctrl-L to the language")
struct AdminKeyLanguageTests {
    @Test("ctrl-l is refused as the admin key; ctrl-] is taken")
    func ctrlL() throws {
        #expect(throws: (any Error).self) { _ = try PhoneLoginCommand.parseAsRoot(["--kiosk", "--admin-key", "ctrl-l"]) }
        _ = try PhoneLoginCommand.parseAsRoot(["--kiosk", "--admin-key", "ctrl-]"])
    }
}
