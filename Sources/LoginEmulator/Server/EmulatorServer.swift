import Foundation
import Hummingbird
import Logging
import NIOCore
import PhoneAuth
import ServiceLifecycle

/// The local stand-in for the Xsolla Login server: the API under `/api`, the tester's endpoints under `/emulator`.
///
/// `phone-login emulator` runs it with `run()`; demo mode and tests start it in-process with `start(...)`.
public final class EmulatorServer: Sendable {
    /// The configuration in force.
    public let configuration: EmulatorConfiguration
    let store: EmulatorStore
    /// The emulator's clock, which tests move forward (`POST /emulator/clock`).
    public let clock: EmulatorClock
    let faults: FaultBook
    /// When clients hung up on held requests.
    let hangUps = HangUpLog()
    let logger: Logger
    let onSMS: @Sendable (SMSMessage) -> Void

    /// Creates a server; `onSMS` sees every message put in the outbox (the command prints them).
    public init(configuration: EmulatorConfiguration = EmulatorConfiguration(), logger: Logger = Logger(label: "phone-login.emulator"),
                onSMS: @escaping @Sendable (SMSMessage) -> Void = { _ in }) {
        self.configuration = configuration
        let clock = EmulatorClock()
        self.clock = clock
        self.store = EmulatorStore(configuration: configuration, clock: clock)
        self.faults = FaultBook(configuration.faults)
        self.logger = logger
        self.onSMS = onSMS
    }

    /// Runs until SIGINT or SIGTERM, then shuts down gracefully (waiting polls are released first).
    /// `onReady` receives the root URL (`http://127.0.0.1:8480`) once the socket is bound.
    public func run(onReady: @escaping @Sendable (String) async -> Void) async throws {
        let application = try await makeApplication(onReady: onReady)
        let group = ServiceGroup(configuration: .init(
            services: [application, PollReleaser(store: store)], gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        try await group.run()
    }

    /// Starts the server in this process and returns once it listens.
    public static func start(configuration: EmulatorConfiguration = EmulatorConfiguration(),
                             logger: Logger = Logger(label: "phone-login.emulator"),
                             onSMS: @escaping @Sendable (SMSMessage) -> Void = { _ in }) async throws -> RunningEmulator {
        let server = EmulatorServer(configuration: configuration, logger: logger, onSMS: onSMS)
        let (ready, readyContinuation) = AsyncStream<Result<String, any Error>>.makeStream()
        let application = try await server.makeApplication { root in readyContinuation.yield(.success(root)) }
        let group = ServiceGroup(configuration: .init(
            services: [application, PollReleaser(store: server.store)], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            do {
                try await group.run()
                readyContinuation.finish()
            } catch {
                readyContinuation.yield(.failure(error))
                readyContinuation.finish()
                throw error
            }
        }
        for await outcome in ready {
            let root = try outcome.get()
            return RunningEmulator(rootURL: root, server: server, group: group, task: task)
        }
        throw CancellationError()
    }

    /// The Hummingbird application serving the routes; `onReady` gets the root URL once the socket is bound. Tests
    /// drive it without a socket through HummingbirdTesting's router client (`application.test(.router)`). Throws
    /// `EmulatorKeyError` when the configured RS256 key cannot be read.
    package func makeApplication(onReady: @escaping @Sendable (String) async -> Void = { _ in }) async throws
        -> Application<RouterResponder<EmulatorRequestContext>>
    {
        let issuer = try await TokenIssuer.make(for: configuration, clock: clock)
        if let state = configuration.initialState { await store.importState(state) }
        let router = makeRouter(issuer: issuer)
        let host = configuration.host
        let hangUps = hangUps
        let base = logger.handler
        let requestLogger = Logger(label: logger.label) { _ in DeferredMetadataLogHandler(wrapping: base) }
        return Application(
            router: router,
            server: .http1(additionalChannelHandlers: [HangUpWatcher(log: hangUps)]),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "xsolla-login-emulator"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                await onReady("http://\(shownHost):\(port)")
            },
            logger: requestLogger
        )
    }
}
