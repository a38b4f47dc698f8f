/// The store's file: a version and the sessions, one per key.
struct SessionFile: Codable, Sendable {
    /// The format this code writes and reads.
    static let currentVersion = 1

    /// The format's version.
    var version: Int
    /// The sessions.
    var sessions: [StoredSession]
}
