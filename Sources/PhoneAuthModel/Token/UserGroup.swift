/// A group the user belongs to, from the JWT's `groups` claim.
public struct UserGroup: Codable, Hashable, Sendable {
    /// The group id.
    public var id: Int
    /// The group name.
    public var name: String
    /// Whether it is the project's default group.
    public var isDefault: Bool

    /// Creates a group.
    public init(id: Int, name: String, isDefault: Bool) {
        self.id = id
        self.name = name
        self.isDefault = isDefault
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case isDefault = "is_default"
    }
}
