/// A group in `GET /users/me`: `{id, name, is_default, is_deletable}`.
public struct CurrentUserGroup: Codable, Hashable, Sendable {
    /// The group id.
    public var id: Int
    /// The group name.
    public var name: String
    /// Whether it is the project's default group.
    public var isDefault: Bool?
    /// Whether the group may be deleted.
    public var isDeletable: Bool?

    /// Creates a group.
    public init(id: Int, name: String, isDefault: Bool? = nil, isDeletable: Bool? = nil) {
        self.id = id
        self.name = name
        self.isDefault = isDefault
        self.isDeletable = isDeletable
    }

    enum CodingKeys: String, CodingKey {
        case id, name, isDefault = "is_default", isDeletable = "is_deletable"
    }
}
