import ArgumentParser
import Foundation
import PhoneAuth

/// Where the Login server is and which project to use: flags first, then the environment.
struct ServerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The Login project id (a UUID).", discussion: "Default: $XSOLLA_LOGIN_PROJECT_ID."))
    var projectId: String?

    @Option(name: .long, help: ArgumentHelp("The API base URL.", discussion: "Default: $XSOLLA_LOGIN_BASE_URL, else \(AuthClientConfiguration.defaultBaseURL)."))
    var baseUrl: String?

    @Flag(name: .long, help: "Allow plain http:// to a host that is not loopback.")
    var insecure = false

    @Option(name: .long, help: ArgumentHelp("Seconds a request may take in all.", valueName: "seconds"))
    var timeout: Double = 15

    @Option(name: .long, help: ArgumentHelp("Seconds connecting may take.", valueName: "seconds"))
    var connectTimeout: Double = 5

    @Option(name: .long, help: ArgumentHelp("The project's HS256 secret: check the token's signature.", discussion: "Default: $XSOLLA_LOGIN_JWT_SECRET."))
    var jwtSecret: String?

    @Flag(name: .shortAndLong, help: "Log requests to stderr (phone numbers masked; codes and tokens never logged).")
    var verbose = false

    @Option(name: .long, help: ArgumentHelp("Write the log to this file instead of stderr (created 0600, appended to; a symbolic link is refused).",
                                            discussion: "With --verbose this is how the full-screen UI logs.", valueName: "file"))
    var logFile: String?

    /// Starts logging as these options ask: debug lines with --verbose, into --log-file when given.
    func startLogging() throws(CommandFailure) {
        try LogSetup.bootstrap(verbose: verbose, file: logFile)
    }

    /// The client configuration these options describe.
    func clientConfiguration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AuthClientConfiguration {
        guard timeout > 0, connectTimeout > 0 else { throw ValidationError("--timeout and --connect-timeout must be positive.") }
        let project = projectId ?? environment["XSOLLA_LOGIN_PROJECT_ID"] ?? ""
        let base = baseUrl ?? environment["XSOLLA_LOGIN_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? AuthClientConfiguration.defaultBaseURL
        return AuthClientConfiguration(
            baseURL: base, projectID: project, allowInsecureHTTP: insecure,
            connectTimeout: .milliseconds(Int64(connectTimeout * 1000)), requestTimeout: .milliseconds(Int64(timeout * 1000)),
            jwtSecret: jwtSecret ?? environment["XSOLLA_LOGIN_JWT_SECRET"].flatMap { $0.isEmpty ? nil : $0 })
    }
}

extension ServerOptions {
    /// Runs `body` with a client for these options, turning every auth error into a `CommandFailure`.
    func withClient<R: Sendable>(_ body: (AuthClient) async throws(AuthError) -> R) async throws -> R {
        try startLogging()
        let configuration = try clientConfiguration()
        do {
            return try await AuthClient.with(configuration) { client in try await body(client) }
        } catch let error as AuthError {
            throw CommandFailure(error)
        }
    }
}
