import PhoneAuthModel
/// The one error body Xsolla Login answers with: `{"error": {"code": "003-061", "description": "...", "details": {...}}}`.
public struct XsollaErrorBody: Codable, Hashable, Sendable {
    /// The `error` object.
    public struct Detail: Codable, Hashable, Sendable {
        /// Xsolla's error code, kept as a string (`"003-061"`): clients branch on it, never on the description.
        public var code: String
        /// Xsolla's own description, for people.
        public var description: String
        /// Optional extra information.
        public var details: [String: JSONValue]?

        /// Creates an error object.
        public init(code: String, description: String, details: [String: JSONValue]? = nil) {
            self.code = code
            self.description = description
            self.details = details
        }
    }

    /// The error.
    public var error: Detail

    /// Creates an error body.
    public init(code: String, description: String, details: [String: JSONValue]? = nil) {
        self.error = Detail(code: code, description: description, details: details)
    }
}
