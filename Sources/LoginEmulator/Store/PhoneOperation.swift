import Foundation

/// One code sent to one phone: what start created and confirm checks.
struct PhoneOperation: Sendable {
    let id: String
    let phone: String
    let code: String
    let projectID: String
    let loginURL: String?
    let payload: String?
    let expiresAt: ContinuousClock.Instant
    var wrongAttempts = 0
    let linkToken: String?
    var linkFollowed = false
    /// The OAuth 2.0 request it came from; nil for a JWT-mode operation.
    var oauth: OAuthRequest? = nil
}
