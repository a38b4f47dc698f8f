import Foundation
import PhoneAuth

/// How the emulator behaves; every default is documented in docs/emulator.md, "Behaviour and options".
public struct EmulatorConfiguration: Sendable {
    /// The address to listen on (loopback by default).
    public var host: String
    /// The port; 0 takes a free one.
    public var port: Int
    /// How many digits a confirmation code has.
    public var codeLength: Int
    /// How long a code lives (Xsolla: 3 minutes).
    public var codeLifetime: Duration
    /// Wrong codes an operation survives; the next wrong one kills it.
    public var maximumWrongCodes: Int
    /// Code requests allowed per phone number.
    public var phoneLimit: RateLimit
    /// Requests allowed per client address, when set (off by default: it would get in the way of load tests).
    public var addressLimit: RateLimit?
    /// How long an `/otc/code` poll waits for the link before answering 408.
    public var pollTimeout: Duration
    /// The only project ids accepted, lower-cased; nil accepts any UUID.
    public var projectIDs: Set<String>?
    /// The HS256 secret the user JWTs are signed with (with `jwtAlgorithm == .hs256`).
    public var jwtSecret: String
    /// How tokens are signed: HS256 with `jwtSecret` (the default) or RS256 with `jwtPrivateKeyPEM`.
    public var jwtAlgorithm: EmulatorJWTAlgorithm
    /// The RS256 private key in PEM; nil with `.rs256`: a fresh 2048-bit key pair at each start.
    public var jwtPrivateKeyPEM: String?
    /// How long a user JWT is valid (Xsolla: 24 hours).
    public var tokenLifetime: Duration
    /// Where `login_url` points when the request gives none; nil: the emulator's own `/emulator/callback`.
    public var defaultLoginURL: String?
    /// The largest request body accepted.
    public var maximumBodyBytes: Int
    /// How many SMS messages the outbox keeps (oldest dropped first).
    public var outboxCapacity: Int
    /// How many users are kept (least recently seen dropped first: the number is registered anew at its next sign-in).
    public var userCapacity = 10_000
    /// How many OAuth 2.0 authorization codes are kept (oldest dropped first: refused as unknown).
    public var authorizationCodeCapacity = 10_000
    /// How many OAuth 2.0 refresh tokens are kept (oldest dropped first: refused as unknown).
    public var refreshTokenCapacity = 10_000
    /// How many `logout?sessions=all` revocations are kept (oldest dropped first; see `OAuthLedger.isLive`).
    public var revocationCapacity = 10_000
    /// Whether the documented test numbers answer with their errors.
    public var testNumbersEnabled: Bool
    /// Faults to inject from the start (more can be added with `POST /emulator/faults`).
    public var faults: [InjectedFault]
    /// How long an OAuth 2.0 access token is valid (Xsolla: 3600 s); `tokenLifetime` stays for JWT mode.
    public var accessTokenLifetime: Duration
    /// How long an OAuth 2.0 authorization code (the `code` in `login_url`) can be exchanged.
    public var authorizationCodeLifetime: Duration
    /// The only OAuth 2.0 client ids accepted; nil accepts any integer.
    public var oauthClientIDs: Set<Int>?
    /// The state to start from (`--import`): users, grants, tokens and any operations; nil starts empty.
    public var initialState: EmulatorState? = nil
    /// Where the state is written on stop and by `POST /emulator/export` (`--export`); nil: nowhere.
    public var exportPath: String? = nil
    /// Whether an export includes the live operations (`--export-operations`).
    public var exportsOperations = false

    /// Creates a configuration with the documented defaults.
    public init(
        host: String = "127.0.0.1", port: Int = 8480, codeLength: Int = 4, codeLifetime: Duration = .seconds(180),
        maximumWrongCodes: Int = 3, phoneLimit: RateLimit = RateLimit(requests: 5, window: .seconds(600)),
        addressLimit: RateLimit? = nil, pollTimeout: Duration = .seconds(20), projectIDs: Set<String>? = nil,
        jwtSecret: String = EmulatorConfiguration.randomSecret(), tokenLifetime: Duration = .seconds(86_400),
        defaultLoginURL: String? = nil, maximumBodyBytes: Int = 16 * 1024, outboxCapacity: Int = 1_000,
        testNumbersEnabled: Bool = true, faults: [InjectedFault] = [], accessTokenLifetime: Duration = .seconds(3_600),
        authorizationCodeLifetime: Duration = .seconds(60), oauthClientIDs: Set<Int>? = nil,
        jwtAlgorithm: EmulatorJWTAlgorithm = .hs256, jwtPrivateKeyPEM: String? = nil
    ) {
        self.host = host
        self.port = port
        self.codeLength = codeLength
        self.codeLifetime = codeLifetime
        self.maximumWrongCodes = maximumWrongCodes
        self.phoneLimit = phoneLimit
        self.addressLimit = addressLimit
        self.pollTimeout = pollTimeout
        self.projectIDs = projectIDs.map { Set($0.map { $0.lowercased() }) }
        self.jwtSecret = jwtSecret
        self.tokenLifetime = tokenLifetime
        self.defaultLoginURL = defaultLoginURL
        self.maximumBodyBytes = maximumBodyBytes
        self.outboxCapacity = outboxCapacity
        self.testNumbersEnabled = testNumbersEnabled
        self.faults = faults
        self.accessTokenLifetime = accessTokenLifetime
        self.authorizationCodeLifetime = authorizationCodeLifetime
        self.oauthClientIDs = oauthClientIDs
        self.jwtAlgorithm = jwtAlgorithm
        self.jwtPrivateKeyPEM = jwtPrivateKeyPEM
    }

    /// A fresh random secret: 32 bytes as hex.
    public static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.lowercase((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
