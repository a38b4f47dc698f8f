import Foundation

/// The claims of the user JWT that Xsolla Login returns (and the emulator signs).
///
/// Only `sub` and `exp` are required to decode; the rest are read when present and well-formed.
public struct UserClaims: Codable, Equatable, Sendable {
    /// The issuer Xsolla uses.
    public static let xsollaIssuer = "https://login.xsolla.com"

    /// `sub`: the user id (a UUID).
    public var subject: String
    /// `exp`: when the token stops being valid.
    public var expiresAt: Date
    /// `iat`: when it was issued.
    public var issuedAt: Date?
    /// `iss`: who issued it.
    public var issuer: String?
    /// `type`: how the user signed in (`phone` for this flow).
    public var type: String?
    /// `xsolla_login_project_id`: the Login project.
    public var projectID: String?
    /// `groups`: the user's groups.
    public var groups: [UserGroup]?
    /// `payload`: the custom data passed to start.
    public var payload: String?
    /// `username`, when the project has one for the user.
    public var username: String?
    /// `email`, when known.
    public var email: String?
    /// `jti`: the token's own id (OAuth 2.0 access tokens carry one).
    public var tokenID: String?
    /// `scp`: the granted scopes (OAuth 2.0 access tokens; e.g. `["offline"]`).
    public var scopes: [String]?

    /// Creates claims.
    public init(subject: String, expiresAt: Date, issuedAt: Date? = nil, issuer: String? = xsollaIssuer, type: String? = nil,
                projectID: String? = nil, groups: [UserGroup]? = nil, payload: String? = nil, username: String? = nil, email: String? = nil,
                tokenID: String? = nil, scopes: [String]? = nil) {
        self.subject = subject
        self.expiresAt = expiresAt
        self.issuedAt = issuedAt
        self.issuer = issuer
        self.type = type
        self.projectID = projectID
        self.groups = groups
        self.payload = payload
        self.username = username
        self.email = email
        self.tokenID = tokenID
        self.scopes = scopes
    }

    enum CodingKeys: String, CodingKey {
        case subject = "sub", expiresAt = "exp", issuedAt = "iat", issuer = "iss", type, projectID = "xsolla_login_project_id"
        case groups, payload, username, email, tokenID = "jti", scopes = "scp"
    }

    /// Decodes leniently: a malformed optional claim is dropped rather than failing the whole token.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subject = try container.decode(String.self, forKey: .subject)
        expiresAt = try container.decode(Date.self, forKey: .expiresAt)
        issuedAt = (try? container.decodeIfPresent(Date.self, forKey: .issuedAt)) ?? nil
        issuer = (try? container.decodeIfPresent(String.self, forKey: .issuer)) ?? nil
        type = (try? container.decodeIfPresent(String.self, forKey: .type)) ?? nil
        projectID = (try? container.decodeIfPresent(String.self, forKey: .projectID)) ?? nil
        groups = (try? container.decodeIfPresent([UserGroup].self, forKey: .groups)) ?? nil
        payload = (try? container.decodeIfPresent(String.self, forKey: .payload)) ?? nil
        username = (try? container.decodeIfPresent(String.self, forKey: .username)) ?? nil
        email = (try? container.decodeIfPresent(String.self, forKey: .email)) ?? nil
        tokenID = (try? container.decodeIfPresent(String.self, forKey: .tokenID)) ?? nil
        scopes = (try? container.decodeIfPresent([String].self, forKey: .scopes)) ?? nil
    }

    /// Encodes the claims; dates in the encoder's strategy (a JWT's coders use seconds since 1970).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject, forKey: .subject)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(issuedAt, forKey: .issuedAt)
        try container.encodeIfPresent(issuer, forKey: .issuer)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(projectID, forKey: .projectID)
        try container.encodeIfPresent(groups, forKey: .groups)
        try container.encodeIfPresent(payload, forKey: .payload)
        try container.encodeIfPresent(username, forKey: .username)
        try container.encodeIfPresent(email, forKey: .email)
        try container.encodeIfPresent(tokenID, forKey: .tokenID)
        try container.encodeIfPresent(scopes, forKey: .scopes)
    }
}
