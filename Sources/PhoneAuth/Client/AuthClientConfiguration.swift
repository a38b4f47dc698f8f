import Foundation
import PhoneAuthModel

/// Where and how the client talks to the Login server.
public struct AuthClientConfiguration: Sendable {
    /// Xsolla's own server.
    public static let defaultBaseURL = "https://login.xsolla.com/api"
    /// The shortest HS256 secret accepted: the hash's size, as RFC 7518 §3.2 requires.
    public static let minimumSecretBytes = AuthError.minimumSecretBytes
    /// The largest response body the client reads.
    public static let defaultMaximumResponseBytes = 64 * 1024

    /// The API's base URL; paths such as `/login/phone/request` are appended to it.
    public var baseURL: String
    /// The Login project id (a UUID).
    public var projectID: String
    /// Allow plain `http://` to a host that is not loopback.
    public var allowInsecureHTTP: Bool
    /// How long connecting may take.
    public var connectTimeout: Duration
    /// How long a start or confirm request may take in all.
    public var requestTimeout: Duration
    /// How long one `/otc/code` long poll may take (the server ends it after about 20 s).
    public var pollTimeout: Duration
    /// Response bodies larger than this are refused.
    public var maximumResponseBytes: Int
    /// The project's HS256 secret: when given, the token's signature is checked.
    public var jwtSecret: String?
    /// OAuth 2.0 settings: when given, the client signs in through `/oauth2/*` (the project id is then needed only by
    /// the SMS link's `/otc/code`).
    public var oauth: OAuthSettings?

    /// Creates a configuration; defaults: Xsolla's server, 5 s to connect, 15 s a request, 30 s a poll, 64 KiB answers.
    public init(
        baseURL: String = defaultBaseURL, projectID: String, allowInsecureHTTP: Bool = false,
        connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(15), pollTimeout: Duration = .seconds(30),
        maximumResponseBytes: Int = defaultMaximumResponseBytes, jwtSecret: String? = nil, oauth: OAuthSettings? = nil
    ) {
        self.baseURL = baseURL
        self.projectID = projectID
        self.allowInsecureHTTP = allowInsecureHTTP
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.pollTimeout = pollTimeout
        self.maximumResponseBytes = maximumResponseBytes
        self.jwtSecret = jwtSecret
        self.oauth = oauth
    }

    /// Which kind of project this configuration signs in to.
    public var mode: LoginMode { oauth == nil ? .jwt : .oauth2 }

    /// Checks the base URL (absolute http(s); https unless loopback or allowed), the project id (a UUID; optional in
    /// OAuth 2.0) and the redirect URI. Returns the base URL without a trailing slash.
    public func validatedBaseURL() throws(AuthError) -> String {
        if oauth == nil || !projectID.isEmpty {
            guard !projectID.isEmpty else { throw .configuration(.missingProjectID) }
            guard UUID(uuidString: projectID) != nil else { throw .configuration(.malformedProjectID(projectID)) }
        }
        if let oauth {
            guard let redirect = URLComponents(string: oauth.redirectURI), redirect.scheme != nil, redirect.host != nil else {
                throw .configuration(.malformedRedirectURI(oauth.redirectURI))
            }
        }
        if let jwtSecret, jwtSecret.utf8.count < Self.minimumSecretBytes { throw .configuration(.weakSecret(bytes: jwtSecret.utf8.count)) }
        guard let components = URLComponents(string: baseURL), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty, ["http", "https"].contains(scheme),
              components.query == nil, components.fragment == nil
        else { throw .configuration(.malformedBaseURL(baseURL)) }
        if scheme == "http", !allowInsecureHTTP, !Self.isLoopback(host: host) {
            throw .configuration(.insecureBaseURL(host: host))
        }
        var trimmed = baseURL
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    /// Whether `host` names this machine: `localhost`, `127.0.0.0/8` or `::1`.
    public static func isLoopback(host: String) -> Bool {
        let bare = host.trimming { $0 == "[" || $0 == "]" }.lowercased()
        if bare == "localhost" || bare.hasSuffix(".localhost") || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return false }
        return parts[0] == "127"
    }
}
