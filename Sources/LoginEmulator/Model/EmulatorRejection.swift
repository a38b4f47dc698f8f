import PhoneAuth

/// An error answer the emulator sends: a status and Xsolla's error body, `Retry-After` when limited,
/// `WWW-Authenticate` for a Bearer-protected call, `Cache-Control: no-store` from the token endpoint.
package struct EmulatorRejection: Error, Hashable, Sendable {
    /// The HTTP status.
    package var status: Int
    /// The error body.
    package var body: XsollaErrorBody
    /// Seconds for the `Retry-After` header.
    package var retryAfterSeconds: Int?
    /// The `WWW-Authenticate` challenge (RFC 6750 §3), for a Bearer-protected call.
    package var challenge: String?
    /// Whether the answer carries `Cache-Control: no-store` and `Pragma: no-cache` (RFC 6749 §5.1).
    package var uncacheable = false

    /// Creates a rejection.
    package init(status: Int, code: String, description: String, details: [String: JSONValue]? = nil, retryAfterSeconds: Int? = nil,
                 challenge: String? = nil) {
        self.status = status
        self.body = XsollaErrorBody(code: code, description: description, details: details)
        self.retryAfterSeconds = retryAfterSeconds
        self.challenge = challenge
    }

    /// The same rejection, marked not to be stored by caches (the token endpoint's answers).
    package var uncached: Self {
        var copy = self
        copy.uncacheable = true
        return copy
    }
}
