import LoginEmulator
import PhoneAuth

/// Runs a test body against an emulator started in this process on a free loopback port, with a client for it.
public enum EmulatorHarness {
    /// Starts an emulator, runs `body` with it and a client, and stops both whatever happens. The connect timeout
    /// also bounds a request's wait for one of the pool's connections.
    public static func run<R: Sendable>(
        _ configuration: EmulatorConfiguration = TestProject.emulator(), clientSecret: String? = nil,
        connectTimeout: Duration = .seconds(5), _ body: (RunningEmulator, AuthClient) async throws -> R
    ) async throws -> R {
        let emulator = try await EmulatorServer.start(configuration: configuration)
        do {
            let result = try await AuthClient.with(TestProject.client(emulator.baseURL, secret: clientSecret, connectTimeout: connectTimeout)) { client in
                try await body(emulator, client)
            }
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }
}

extension RunningEmulator {
    /// The code of the newest SMS for `operationID`.
    public func code(for operationID: String) async -> String? {
        await messages().last { $0.operationID == operationID }?.code
    }
}
