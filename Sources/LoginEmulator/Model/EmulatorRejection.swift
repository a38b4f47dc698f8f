import PhoneAuth

/// An error answer the emulator sends: a status and Xsolla's error body, and `Retry-After` when limited.
package struct EmulatorRejection: Error, Hashable, Sendable {
    /// The HTTP status.
    package var status: Int
    /// The error body.
    package var body: XsollaErrorBody
    /// Seconds for the `Retry-After` header.
    package var retryAfterSeconds: Int?

    /// Creates a rejection.
    package init(status: Int, code: String, description: String, details: [String: JSONValue]? = nil, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.body = XsollaErrorBody(code: code, description: description, details: details)
        self.retryAfterSeconds = retryAfterSeconds
    }
}
