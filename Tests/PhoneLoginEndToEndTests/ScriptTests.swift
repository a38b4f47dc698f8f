import Foundation
import PhoneLoginTestSupport
import Testing

@Suite("The README's scripting example")
struct ScriptTests {
    @Test("scripts/login-with-emulator.sh logs in and prints the claims")
    func loginScript() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let outcome = try await BinaryRunner.run(
            [root.appendingPathComponent("scripts/login-with-emulator.sh").path, "+4915112345678"],
            executable: URL(fileURLWithPath: "/bin/bash"), environment: ["PHONE_LOGIN": BinaryRunner.executable.path])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(claims["type"] as? String == "phone")
        #expect(UUID(uuidString: claims["sub"] as? String ?? "") != nil)
    }
}
