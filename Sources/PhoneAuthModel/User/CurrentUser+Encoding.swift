/// Encodes as Xsolla answers `GET /users/me`: every field present, the unknown ones as `null`.
extension CurrentUser {
    /// Encodes every field, `null` where there is no value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(phone, forKey: .phone)
        try container.encode(phoneAuth, forKey: .phoneAuth)
        try container.encode(username, forKey: .username)
        try container.encode(nickname, forKey: .nickname)
        try container.encode(name, forKey: .name)
        try container.encode(email, forKey: .email)
        try container.encode(registered, forKey: .registered)
        try container.encode(lastLogin, forKey: .lastLogin)
        try container.encode(isAnonymous, forKey: .isAnonymous)
        try container.encode(groups, forKey: .groups)
    }
}
