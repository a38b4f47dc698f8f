import Foundation

/// An OAuth 2.0 request made by `phone-login request`, remembered until `confirm` uses it or it expires: the
/// `state` sent with it, so a `login_url` carrying another one back is refused even when `confirm` is given no
/// `--state`.
public struct PendingRequest: Codable, Hashable, Sendable {
    /// How long a request is remembered: ten minutes, longer than the SMS code (three) and the link's wait.
    public static let lifetime: TimeInterval = 600

    /// The operation id the server answered.
    public var operationID: String
    /// The `state` sent with the request.
    public var state: String
    /// When it is forgotten.
    public var expiresAt: Date

    /// A request remembered from `now` for `lifetime`.
    public init(operationID: String, state: String, now: Date = Date(), lifetime: TimeInterval = PendingRequest.lifetime) {
        self.operationID = operationID
        self.state = state
        self.expiresAt = now.addingTimeInterval(lifetime)
    }

    enum CodingKeys: String, CodingKey {
        case operationID = "operation_id", state, expiresAt = "expires_at"
    }
}
