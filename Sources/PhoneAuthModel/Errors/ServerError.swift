/// An error answer from the Login server: the HTTP status, Xsolla's error body, and `Retry-After` when given.
public struct ServerError: Hashable, Sendable {
    /// How the client treats an error answer; decided by the status, never by the description.
    public enum Kind: Hashable, Sendable {
        /// 401: the confirmation code was wrong.
        case wrongCode
        /// 404: unknown or expired operation, or unknown project.
        case notFound
        /// 422 (and 400): the request was refused as invalid.
        case invalidRequest
        /// 429: too many requests.
        case rateLimited
        /// 408: the `/otc/code` long poll ended with nothing to return.
        case pollTimeout
        /// Any other status.
        case other
    }

    /// The HTTP status code.
    public var status: Int
    /// Xsolla's error code (`"003-061"`), when the body had one.
    public var code: String?
    /// Xsolla's description, when the body had one.
    public var description: String?
    /// Extra details from the body.
    public var details: [String: JSONValue]?
    /// Seconds to wait before trying again, from a `Retry-After` header.
    public var retryAfterSeconds: Int?

    /// Creates a server error.
    public init(status: Int, code: String? = nil, description: String? = nil, details: [String: JSONValue]? = nil, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.description = description
        self.details = details
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// Tries left on this code, when the server said (`details.attempts_left`, as the emulator sends it).
    public var attemptsLeft: Int? {
        if case .number(let value)? = details?["attempts_left"], value >= 0, value < 1_000 { return Int(value) }
        return nil
    }

    /// How the client treats this answer.
    public var kind: Kind {
        switch status {
        case 401: .wrongCode
        case 404: .notFound
        case 400, 422: .invalidRequest
        case 429: .rateLimited
        case 408: .pollTimeout
        default: .other
        }
    }
}
