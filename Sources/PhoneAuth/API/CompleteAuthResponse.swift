import PhoneAuthModel
/// The 200 answer of `POST /login/phone/confirm`.
public struct CompleteAuthResponse: Codable, Hashable, Sendable {
    /// The callback URL carrying `token` (the user JWT) and `remember_me`.
    public var loginURL: String

    /// Creates a response.
    public init(loginURL: String) { self.loginURL = loginURL }

    enum CodingKeys: String, CodingKey { case loginURL = "login_url" }
}
