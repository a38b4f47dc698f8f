import Foundation

/// `GET /users/me`: the signed-in user's details, in Xsolla's field names. Most fields may be null.
public struct CurrentUser: Codable, Hashable, Sendable {
    /// `id`: the user id (the token's `sub`).
    public var id: String
    /// `phone`, with its `+` (e.g. `+79136759832`).
    public var phone: String?
    /// `phone_auth`: the phone used to sign in, without `+`.
    public var phoneAuth: String?
    /// `username`.
    public var username: String?
    /// `nickname`.
    public var nickname: String?
    /// `name`.
    public var name: String?
    /// `email`.
    public var email: String?
    /// `registered`: ISO 8601, e.g. `2018-05-17T11:22:52+0000`.
    public var registered: String?
    /// `last_login`: ISO 8601.
    public var lastLogin: String?
    /// `is_anonymous`.
    public var isAnonymous: Bool?
    /// `groups`.
    public var groups: [CurrentUserGroup]?

    /// Creates a user.
    public init(id: String, phone: String? = nil, phoneAuth: String? = nil, username: String? = nil, nickname: String? = nil,
                name: String? = nil, email: String? = nil, registered: String? = nil, lastLogin: String? = nil,
                isAnonymous: Bool? = nil, groups: [CurrentUserGroup]? = nil) {
        self.id = id
        self.phone = phone
        self.phoneAuth = phoneAuth
        self.username = username
        self.nickname = nickname
        self.name = name
        self.email = email
        self.registered = registered
        self.lastLogin = lastLogin
        self.isAnonymous = isAnonymous
        self.groups = groups
    }

    enum CodingKeys: String, CodingKey {
        case id, phone, phoneAuth = "phone_auth", username, nickname, name, email, registered, lastLogin = "last_login"
        case isAnonymous = "is_anonymous", groups
    }
}
