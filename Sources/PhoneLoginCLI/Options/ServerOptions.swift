import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// Where the Login server is and which project to use: flags first, then the environment.
struct ServerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The Login project id (a UUID).", discussion: "Default: $XSOLLA_LOGIN_PROJECT_ID."))
    var projectId: String?

    @Option(name: .long, help: ArgumentHelp("The API base URL.", discussion: "Default: $XSOLLA_LOGIN_BASE_URL, else \(AuthClientConfiguration.defaultBaseURL)."))
    var baseUrl: String?

    @Option(name: .long, help: ArgumentHelp("The OAuth 2.0 client id: sign in to an OAuth 2.0 Login project.",
                                            discussion: "Default: $XSOLLA_LOGIN_CLIENT_ID. Without one, the JWT calls are used.", valueName: "id"))
    var clientId: Int?

    @Option(name: .long, help: ArgumentHelp("OAuth 2.0: the scope asked for.", discussion: "Default: \(OAuthSettings.defaultScope) (it brings a refresh token)."))
    var scope: String?

    @Option(name: .long, help: ArgumentHelp("OAuth 2.0: the redirect URI registered for the client.",
                                            discussion: "Default: \(OAuthSettings.defaultRedirectURI) (never loaded: the code comes back as JSON).", valueName: "uri"))
    var redirectUri: String?

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
            jwtSecret: jwtSecret ?? environment["XSOLLA_LOGIN_JWT_SECRET"].flatMap { $0.isEmpty ? nil : $0 },
            oauth: try oauthSettings(environment: environment))
    }

    /// The OAuth 2.0 settings, when a client id is given (flag, then `XSOLLA_LOGIN_CLIENT_ID`).
    func oauthSettings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> OAuthSettings? {
        let client: Int
        if let clientId {
            client = clientId
        } else if let text = environment["XSOLLA_LOGIN_CLIENT_ID"], !text.isEmpty {
            guard let number = Int(text) else { throw ValidationError("XSOLLA_LOGIN_CLIENT_ID must be an integer (got “\(text)”).") }
            client = number
        } else {
            if scope != nil || redirectUri != nil { throw ValidationError("--scope and --redirect-uri need --client-id (OAuth 2.0).") }
            return nil
        }
        guard client > 0 else { throw ValidationError("--client-id must be a positive integer.") }
        return OAuthSettings(clientID: client, scope: scope ?? OAuthSettings.defaultScope,
                             redirectURI: redirectUri ?? OAuthSettings.defaultRedirectURI)
    }

    /// Whether a project is configured at all (a project id or an OAuth 2.0 client id); without one the login is a demo.
    func isConfigured(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !(projectId ?? environment["XSOLLA_LOGIN_PROJECT_ID"] ?? "").isEmpty
            || clientId != nil || !(environment["XSOLLA_LOGIN_CLIENT_ID"] ?? "").isEmpty
    }

    /// The stored session's key for a checked configuration.
    static func sessionKey(_ configuration: AuthClientConfiguration) throws(CommandFailure) -> SessionKey {
        do {
            return SessionKey(baseURL: try configuration.validatedBaseURL(), projectID: configuration.projectID,
                              clientID: configuration.oauth?.clientID)
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension ServerOptions {
    /// Runs `body` with a client for these options, turning every auth error into a `CommandFailure`.
    func withClient<R: Sendable>(in language: Language = .english, _ body: (AuthClient) async throws(AuthError) -> R) async throws -> R {
        try startLogging()
        let configuration = try clientConfiguration()
        do {
            return try await AuthClient.with(configuration) { client in try await body(client) }
        } catch let error as AuthError {
            throw CommandFailure(error, in: language)
        }
    }
}
