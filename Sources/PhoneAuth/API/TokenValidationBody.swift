import PhoneAuthModel
/// The JSON body of `POST /token/validate`.
public struct TokenValidationBody: Codable, Hashable, Sendable {
    /// The user JWT to check.
    public var token: String?

    /// Creates a body.
    public init(token: String?) { self.token = token }
}
