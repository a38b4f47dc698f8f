import Foundation

/// What the emulator keeps across runs (`--import`, `--export`, `POST /emulator/export`): users, OAuth 2.0 grants
/// (refresh tokens, unexpired authorization codes, live access tokens, revocations) and, when asked, live operations.
/// The file's format is versioned (`format`, `version`); docs/emulator.md ("The clock and state across runs") documents it.
public struct EmulatorState: Codable, Sendable, Equatable {
    /// The `format` every state file names.
    public static let formatName = "phone-login-emulator-state"
    /// The newest `version` this build reads and the one it writes.
    public static let currentVersion = 1

    /// Always `phone-login-emulator-state`.
    public var format = EmulatorState.formatName
    /// The format's version.
    public var version = EmulatorState.currentVersion
    /// The emulator's clock when the state was taken.
    public var exportedAt: Date
    /// The users seen, by `sub`.
    public var users: [User] = []
    /// The refresh tokens not yet used or revoked, with the grant each stands for.
    public var refreshTokens: [RefreshToken] = []
    /// The authorization codes not yet exchanged or expired.
    public var authorizationCodes: [AuthorizationCode] = []
    /// The OAuth 2.0 access tokens not yet expired or revoked, by `jti`.
    public var accessTokens: [AccessToken] = []
    /// When `logout?sessions=all` last ran per user.
    public var revocations: [Revocation] = []
    /// The live operations (codes sent, not yet confirmed or expired); nil unless `--export-operations`.
    public var operations: [Operation]?

    enum CodingKeys: String, CodingKey {
        case format, version, exportedAt = "exported_at", users, refreshTokens = "refresh_tokens"
        case authorizationCodes = "authorization_codes", accessTokens = "access_tokens", revocations, operations
    }

    /// A user: its `sub` is kept as exported.
    public struct User: Codable, Sendable, Equatable {
        public var sub: String
        public var phone: String
        public var registered: Date
        public var lastLogin: Date

        enum CodingKeys: String, CodingKey { case sub, phone, registered, lastLogin = "last_login" }
    }

    /// What an authorization code or a refresh token stands for.
    public struct Grant: Codable, Sendable, Equatable {
        public var phone: String
        public var sub: String
        public var clientID: Int
        public var scopes: [String]
        public var redirectURI: String
        public var redirectURIRequired: Bool
        public var projectID: String

        enum CodingKeys: String, CodingKey {
            case phone, sub, clientID = "client_id", scopes, redirectURI = "redirect_uri"
            case redirectURIRequired = "redirect_uri_required", projectID = "project_id"
        }
    }

    /// A refresh token and its grant (refresh tokens do not expire; they die when used or revoked).
    public struct RefreshToken: Codable, Sendable, Equatable {
        public var token: String
        public var grant: Grant
    }

    /// An authorization code, its grant and its expiry on the emulator's clock.
    public struct AuthorizationCode: Codable, Sendable, Equatable {
        public var code: String
        public var grant: Grant
        public var expiresAt: Date

        enum CodingKeys: String, CodingKey { case code, grant, expiresAt = "expires_at" }
    }

    /// A live access token's `jti`, `sub` and `exp`.
    public struct AccessToken: Codable, Sendable, Equatable {
        public var jti: String
        public var sub: String
        public var expiresAt: Date

        enum CodingKeys: String, CodingKey { case jti, sub, expiresAt = "expires_at" }
    }

    /// A user's `logout?sessions=all`: JWT-mode tokens issued up to `at` stay revoked.
    public struct Revocation: Codable, Sendable, Equatable {
        public var sub: String
        public var at: Date
    }

    /// A live operation: the code sent and what its confirm will need.
    public struct Operation: Codable, Sendable, Equatable {
        public var id: String
        public var phone: String
        public var code: String
        public var projectID: String
        public var loginURL: String?
        public var payload: String?
        public var expiresAt: Date
        public var wrongAttempts: Int
        public var linkToken: String?
        public var linkFollowed: Bool
        /// The OAuth 2.0 request; nil for a JWT-mode operation.
        public var oauth: OAuth?

        enum CodingKeys: String, CodingKey {
            case id, phone, code, projectID = "project_id", loginURL = "login_url", payload, expiresAt = "expires_at"
            case wrongAttempts = "wrong_attempts", linkToken = "link_token", linkFollowed = "link_followed", oauth
        }
    }

    /// An operation's OAuth 2.0 request.
    public struct OAuth: Codable, Sendable, Equatable {
        public var clientID: Int
        public var scopes: [String]
        public var state: String
        public var redirectURI: String
        public var redirectURIGiven: Bool

        enum CodingKeys: String, CodingKey {
            case clientID = "client_id", scopes, state, redirectURI = "redirect_uri", redirectURIGiven = "redirect_uri_given"
        }
    }

    /// An empty state taken at `exportedAt`.
    public init(exportedAt: Date) { self.exportedAt = exportedAt }
}
