import LoginEmulator
import Logging
import Synchronization

/// The demo's in-process emulator: started in the background, its SMS links tappable, stopped at the end.
final class DemoEmulator: Sendable {
    private let running = Mutex<RunningEmulator?>(nil)

    /// Starts the emulator on a free loopback port with the demo's code lifetime.
    func start(codeLifetime: Int, onSMS: @escaping @Sendable (SMSMessage) -> Void) async throws -> RunningEmulator {
        let emulator = try await EmulatorServer.start(
            configuration: EmulatorConfiguration(port: 0, codeLifetime: .seconds(codeLifetime)),
            logger: Logger(label: "phone-login.demo-emulator"), onSMS: onSMS)
        running.withLock { $0 = emulator }
        return emulator
    }

    /// Follows the SMS link of an operation, as the demo phone would.
    func tapLink(of operationID: String) async {
        guard let emulator = running.withLock({ $0 }) else { return }
        guard let link = await emulator.messages().last(where: { $0.operationID == operationID })?.link else { return }
        _ = await emulator.followLink(link)
    }

    /// Stops the emulator, if it started.
    func stop() async {
        await running.withLock { $0 }?.stop()
    }
}
