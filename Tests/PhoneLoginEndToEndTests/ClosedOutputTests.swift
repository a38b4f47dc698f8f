import Foundation
import PhoneLoginTestSupport
import Testing

@Suite("A reader that goes away")
struct ClosedOutputTests {
    @Test("the emulator keeps serving after its console pipe is closed (`phone-login emulator | head -1`)")
    func emulatorOutlivesItsReader() async throws {
        try await EmulatorProcess.with { emulator in
            emulator.closeConsole()
            // Each code request prints an SMS line on the console, into the closed pipe.
            for number in ["+4915112345601", "+4915112345602"] {
                let answer = try await RawHTTP.send(.POST, "\(emulator.baseURL)/login/phone/request?projectId=\(TestProject.id)",
                                                    body: #"{"phone_number":"\#(number)"}"#)
                #expect(answer.status == 200)
            }
            let health = try await RawHTTP.send(.GET, emulator.rootURL + "/emulator/health")
            #expect(health.status == 200)
            #expect(emulator.isRunning)
            #expect(await emulator.stop() == 0, "it still stops cleanly on SIGTERM")
        }
    }
}
