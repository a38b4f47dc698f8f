/// `requests.json` beside the sessions: the OAuth 2.0 requests waiting for their `confirm`.
struct PendingRequestFile: Codable, Sendable {
    /// The format this version writes.
    static let currentVersion = 1

    /// The format's version.
    var version: Int
    /// The requests, oldest first.
    var requests: [PendingRequest]
}
