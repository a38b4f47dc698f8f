import PhoneAuthModel
/// The 200 answer of `GET /otc/code`: the code released when the user followed the SMS link.
public struct ConfirmationCodeResponse: Codable, Hashable, Sendable {
    /// The confirmation code.
    public var code: String

    /// Creates a response.
    public init(code: String) { self.code = code }
}
