import ArgumentParser
import Foundation
import LoginEmulator
import PhoneAuth

/// The emulator's options, shared by `phone-login emulator` (the server) and `phone-login emulator exec`.
struct EmulatorOptions: ParsableArguments {
    /// The server's port when `--port` is not given.
    static let serverPort = 8480

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; 0 takes a free port (default: 8480 for the server, a free port for exec).")
    var port: Int?

    @Option(name: .long, help: "Digits in a confirmation code.")
    var codeLength = 4

    @Option(name: .long, help: ArgumentHelp("How long a code lives.", valueName: "seconds"))
    var codeLifetime = 180

    @Option(name: .long, help: "Wrong codes an operation survives before it is dropped.")
    var maxWrongCodes = 3

    @Option(name: .long, help: "Code requests allowed per phone number per window.")
    var phoneLimit = 5

    @Option(name: .long, help: ArgumentHelp("The rate-limit window.", valueName: "seconds"))
    var limitWindow = 600

    @Option(name: .long, help: "Requests allowed per client address per window (off unless given).")
    var addressLimit: Int?

    @Option(name: .long, help: ArgumentHelp("How long an /otc/code poll waits before answering 408.", valueName: "seconds"))
    var pollTimeout: Double = 20

    @Option(name: .customLong("project"), help: ArgumentHelp("Accept only this project id (repeatable); default: any UUID.", valueName: "uuid"))
    var projects: [String] = []

    @Option(name: .long, help: ArgumentHelp("The HS256 secret for tokens.", discussion: "Default: $XSOLLA_LOGIN_JWT_SECRET, else random per start (printed)."))
    var jwtSecret: String?

    @Option(name: .long, help: ArgumentHelp(
        "How tokens are signed: hs256 (the secret) or rs256 (an RSA key; public keys at /api/projects/<id>/keys).",
        discussion: "Default: hs256, or rs256 when --jwt-key is given.", valueName: "hs256|rs256"))
    var jwtAlgorithm: String?

    @Option(name: .long, help: ArgumentHelp(
        "The RS256 private key, a PEM file (RSA, 2048 bits or more, unencrypted); implies --jwt-algorithm rs256.",
        discussion: "Default with rs256: a new key pair at each start.", valueName: "file"))
    var jwtKey: String?

    @Option(name: .long, help: ArgumentHelp("How long a JWT-mode token is valid.", valueName: "seconds"))
    var tokenLifetime = 86_400

    @Option(name: .long, help: ArgumentHelp("How long an OAuth 2.0 access token is valid.", valueName: "seconds"))
    var accessTokenLifetime = 3_600

    @Option(name: .long, help: ArgumentHelp("How long an OAuth 2.0 authorization code can be exchanged.", valueName: "seconds"))
    var authorizationCodeLifetime = 60

    @Option(name: .customLong("oauth-client"), help: ArgumentHelp(
        "Accept only this OAuth 2.0 client id (repeatable); default: any integer.", valueName: "id"))
    var oauthClients: [Int] = []

    @Option(name: .long, help: ArgumentHelp("Callback for login_url when a request gives none; default: the emulator's /emulator/callback.", valueName: "url"))
    var defaultLoginUrl: String?

    @Option(name: .long, help: "SMS messages kept in the outbox.")
    var outboxCapacity = 1_000

    @Option(name: .long, help: ArgumentHelp(
        "Users kept; past it the least recently seen is forgotten (its number is registered anew, same sub, at its next sign-in).",
        valueName: "n"))
    var userCapacity = 10_000

    @Option(name: .long, help: ArgumentHelp(
        "OAuth 2.0 authorization codes kept; past it the oldest is forgotten (refused as unknown).", valueName: "n"))
    var authorizationCodeCapacity = 10_000

    @Option(name: .long, help: ArgumentHelp(
        "OAuth 2.0 refresh tokens kept; past it the least recently issued is forgotten (refused as unknown).", valueName: "n"))
    var refreshTokenCapacity = 10_000

    @Option(name: .long, help: ArgumentHelp(
        "logout?sessions=all revocations kept; past it the oldest is forgotten (JWT-mode tokens issued before it are refused).",
        valueName: "n"))
    var revocationCapacity = 10_000

    @Option(name: .customLong("fault"), help: ArgumentHelp(
        "Break the next answers of a path (repeatable).", discussion: """
            PATH:KIND[:ARG][xN][@after], e.g. /api/login/phone/confirm:reset@after, /api/login/phone/request:delay:3x2, \
            /api/login/phone/request:status:503. KIND: delay (ARG seconds), status (ARG code), malformed, truncate, reset, \
            drip (ARG seconds per byte), huge (ARG bytes). Or the JSON object POST /emulator/faults takes.
            """, valueName: "fault"))
    var faults: [String] = []

    @Option(name: .customLong("import"), help: ArgumentHelp(
        "Start from the state in this file (users, OAuth 2.0 grants and tokens, any operations), as --export wrote it.",
        valueName: "file"))
    var importPath: String?

    @Option(name: .customLong("export"), help: ArgumentHelp(
        "Write the state to this file on stop and on POST /emulator/export (atomically, 0600).", valueName: "file"))
    var exportPath: String?

    @Flag(name: .long, help: "Export the live operations (codes sent, not yet confirmed) too.")
    var exportOperations = false

    @Flag(name: .long, help: "Treat the test numbers (+1000000004x…) as ordinary numbers.")
    var noTestNumbers = false

    @Flag(name: .long, help: "Do not print SMS messages on the console.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Log every request to stderr.")
    var verbose = false

    func validate() throws {
        guard (0...65_535).contains(port ?? 0) else { throw ValidationError("--port must be 0–65535.") }
        guard (4...12).contains(codeLength) else { throw ValidationError("--code-length must be 4–12.") }
        guard codeLifetime > 0, limitWindow > 0, pollTimeout > 0, tokenLifetime > 0, accessTokenLifetime > 0, authorizationCodeLifetime > 0 else {
            throw ValidationError("Lifetimes, windows and timeouts must be positive.")
        }
        guard maxWrongCodes > 0, phoneLimit > 0, outboxCapacity > 0, (addressLimit ?? 1) > 0, userCapacity > 0,
              authorizationCodeCapacity > 0, refreshTokenCapacity > 0, revocationCapacity > 0 else {
            throw ValidationError("Limits and capacities must be positive.")
        }
        if let jwtSecret, jwtSecret.utf8.count < AuthClientConfiguration.minimumSecretBytes {
            throw ValidationError("--jwt-secret needs at least \(AuthClientConfiguration.minimumSecretBytes) bytes for HS256 (RFC 7518 §3.2).")
        }
        let algorithm = try signingAlgorithm()
        if jwtKey != nil, algorithm == .hs256 {
            throw ValidationError("--jwt-key is an RS256 private key: it goes with --jwt-algorithm rs256, not hs256.")
        }
        if jwtSecret != nil, algorithm == .rs256 {
            throw ValidationError("--jwt-secret signs HS256 tokens; with --jwt-algorithm rs256 tokens are signed with the RSA key (--jwt-key).")
        }
        _ = try signingKey()
        for project in projects where UUID(uuidString: project) == nil {
            throw ValidationError("--project \(project) is not a UUID.")
        }
        _ = try parsedFaults()
        if exportOperations, exportPath == nil { throw ValidationError("--export-operations goes with --export FILE.") }
    }

    /// The state of `--import`, read and checked; a missing, damaged or newer file is a usage failure (exit 2), and
    /// the file is never changed. A kind with more entries than its capacity is said on stderr (the last ones kept).
    func importedState() throws(CommandFailure) -> EmulatorState? {
        guard let importPath else { return nil }
        let state: EmulatorState
        do { state = try EmulatorStateFile.read(importPath) } catch { throw CommandFailure("--import: \(error.description)", status: .usage) }
        for line in importOverflow(state) { StandardStreams.error("phone-login: \(line)") }
        return state
    }

    /// A line for each kind of `state` with more entries than its capacity: how many the file holds and how many of
    /// its last (most recently seen) are kept.
    func importOverflow(_ state: EmulatorState) -> [String] {
        let kinds: [(count: Int, capacity: Int, name: String, option: String)] = [
            (state.users.count, userCapacity, "users", "--user-capacity"),
            (state.authorizationCodes.count, authorizationCodeCapacity, "authorization codes", "--authorization-code-capacity"),
            (state.refreshTokens.count, refreshTokenCapacity, "refresh tokens", "--refresh-token-capacity"),
            (state.revocations.count, revocationCapacity, "revocations", "--revocation-capacity"),
        ]
        return kinds.filter { $0.count > $0.capacity }.map { kind in
            "--import: the file holds \(kind.count) \(kind.name); the \(kind.capacity) most recently seen are kept (\(kind.option))."
        }
    }

    /// The `--fault` options, parsed.
    func parsedFaults() throws -> [InjectedFault] {
        try faults.map { text in
            do { return try InjectedFault(parsing: text) } catch { throw ValidationError("--fault \(text): \(error).") }
        }
    }

    /// `--jwt-algorithm`, or rs256 when only `--jwt-key` is given, else hs256.
    func signingAlgorithm() throws -> EmulatorJWTAlgorithm {
        guard let jwtAlgorithm else { return jwtKey == nil ? .hs256 : .rs256 }
        guard let algorithm = EmulatorJWTAlgorithm(rawValue: jwtAlgorithm.lowercased()) else {
            throw ValidationError("--jwt-algorithm must be hs256 or rs256, not \"\(jwtAlgorithm)\".")
        }
        return algorithm
    }

    /// The RSA key of `--jwt-key`, read and checked; nil without the option.
    func signingKey() throws -> EmulatorSigningKey? {
        guard let jwtKey else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: jwtKey, isDirectory: &isDirectory) else {
            throw ValidationError("--jwt-key \(jwtKey): no such file.")
        }
        guard !isDirectory.boolValue else { throw ValidationError("--jwt-key \(jwtKey): a directory, not a key file.") }
        guard let data = FileManager.default.contents(atPath: jwtKey) else { throw ValidationError("--jwt-key \(jwtKey): cannot be read.") }
        guard data.count <= 64 * 1024 else { throw ValidationError("--jwt-key \(jwtKey): too large for a PEM key (over 64 KiB).") }
        do {
            return try EmulatorSigningKey(pem: String(decoding: data, as: UTF8.self))
        } catch {
            throw ValidationError("--jwt-key \(jwtKey): \(error).")
        }
    }

    /// The emulator's configuration from the options, signing with `secret` (HS256) or `signingKey` (RS256; nil: a
    /// key pair made when the server starts).
    func configuration(secret: String, signingKey: EmulatorSigningKey? = nil, defaultPort: Int = EmulatorOptions.serverPort) throws -> EmulatorConfiguration {
        let window = Duration.seconds(limitWindow)
        var configuration = EmulatorConfiguration(
            host: host, port: port ?? defaultPort, codeLength: codeLength, codeLifetime: .seconds(codeLifetime), maximumWrongCodes: maxWrongCodes,
            phoneLimit: RateLimit(requests: phoneLimit, window: window),
            addressLimit: addressLimit.map { RateLimit(requests: $0, window: window) },
            pollTimeout: .milliseconds(Int64(pollTimeout * 1000)), projectIDs: projects.isEmpty ? nil : Set(projects),
            jwtSecret: secret, tokenLifetime: .seconds(tokenLifetime),
            defaultLoginURL: defaultLoginUrl, outboxCapacity: outboxCapacity, testNumbersEnabled: !noTestNumbers,
            faults: try parsedFaults(), accessTokenLifetime: .seconds(accessTokenLifetime),
            authorizationCodeLifetime: .seconds(authorizationCodeLifetime), oauthClientIDs: oauthClients.isEmpty ? nil : Set(oauthClients),
            jwtAlgorithm: try signingAlgorithm(), jwtPrivateKeyPEM: signingKey?.pem)
        configuration.userCapacity = userCapacity
        configuration.authorizationCodeCapacity = authorizationCodeCapacity
        configuration.refreshTokenCapacity = refreshTokenCapacity
        configuration.revocationCapacity = revocationCapacity
        configuration.initialState = try importedState()
        configuration.exportPath = exportPath
        configuration.exportsOperations = exportOperations
        return configuration
    }

    /// The signing in force: the secret given (`--jwt-secret`, else `$XSOLLA_LOGIN_JWT_SECRET`, else nil: a random
    /// one is made) and, for RS256, the key (`--jwt-key`, else a new pair); refusals as usage failures.
    func resolvedSigning(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (secret: String?, key: EmulatorSigningKey?) {
        let secret = jwtSecret ?? environment["XSOLLA_LOGIN_JWT_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
        let algorithm = try signingAlgorithm()
        if let secret, secret.utf8.count < AuthClientConfiguration.minimumSecretBytes {
            throw CommandFailure(ErrorWording.message(for: .configuration(.weakSecret(bytes: secret.utf8.count))), status: .usage)
        }
        do {
            return (secret, algorithm == .rs256 ? try signingKey() ?? EmulatorSigningKey.generate() : nil)
        } catch let error as ValidationError {
            throw CommandFailure(error.message, status: .usage)
        }
    }
}
