import PhoneAuthModel

/// Which sign-in a stored session is: one per base URL, Login project and OAuth 2.0 client.
public struct SessionKey: Codable, Hashable, Sendable {
    /// The API base URL, without a trailing slash.
    public var baseURL: String
    /// The Login project id, lower-cased; nil when an OAuth 2.0 sign-in was configured without one.
    public var projectID: String?
    /// The OAuth 2.0 client id; nil in JWT mode.
    public var clientID: Int?

    /// Creates a key, normalising the base URL's trailing slashes and the project id's case.
    public init(baseURL: String, projectID: String?, clientID: Int?) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.projectID = projectID.flatMap { $0.isEmpty ? nil : $0.lowercased() }
        self.clientID = clientID
    }

    /// How the key reads in `status`: the project (or client) and the server.
    public var summary: String {
        var parts: [String] = []
        if let projectID { parts.append("project \(projectID)") }
        if let clientID { parts.append("OAuth 2.0 client \(clientID)") }
        return parts.joined(separator: ", ") + " at \(baseURL)"
    }

    enum CodingKeys: String, CodingKey {
        case baseURL = "base_url", projectID = "project_id", clientID = "client_id"
    }
}
