import PhoneAuth
import ServiceLifecycle

/// An emulator running in this process: its URLs, its outbox, and a way to stop it.
public struct RunningEmulator: Sendable {
    /// The server's root, e.g. `http://127.0.0.1:43121`.
    public let rootURL: String
    let server: EmulatorServer
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// The API base URL to give the client: the root followed by `/api`.
    public var baseURL: String { rootURL + "/api" }

    /// The port it listens on.
    public var port: Int { Int(rootURL.split(separator: ":").last ?? "") ?? 0 }

    /// The configuration it runs with.
    public var configuration: EmulatorConfiguration { server.configuration }

    /// When clients hung up on requests a fault was holding, as the connection's event loop saw each (in order).
    package var heldRequestHangUps: [ContinuousClock.Instant] { server.hangUps.all }

    /// The SMS outbox, oldest first, optionally only the messages to one number.
    public func messages(to phone: String? = nil) async -> [SMSMessage] {
        await server.store.messages(to: phone)
    }

    /// Follows an SMS link as a phone would (demo mode's "tap the link"); false if it is unknown or dead.
    public func followLink(_ link: String) async -> Bool {
        guard let token = link.split(separator: "/").last else { return false }
        return await server.store.followLink(String(token))
    }

    /// What the emulator holds now (operations, outbox, rate-limit keys, waiting polls and faults).
    package func stats() async -> EmulatorStats { await server.stats() }

    /// Clears operations, rate limits, the outbox and the faults, as `POST /emulator/reset` does.
    package func reset() async { await server.reset() }

    /// Adds a fault to inject, as `POST /emulator/faults` does.
    package func inject(_ fault: InjectedFault) async { await server.faults.add(fault) }

    /// The emulator's clock (`POST /emulator/clock` moves it too).
    public var clock: EmulatorClock { server.clock }

    /// The state now, as `POST /emulator/export` answers it.
    public func exportState() async -> EmulatorState { await server.exportState() }

    /// Writes the state to the configured `exportPath`, if there is one.
    public func saveState() async throws(EmulatorStateError) { try await server.saveState() }

    /// Stops the server: waiting polls are answered, then it shuts down gracefully.
    public func stop() async {
        await server.store.close()
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}
