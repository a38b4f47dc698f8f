/// The optional parts of a start request: query parameters and the link flow.
public struct StartAuthOptions: Hashable, Sendable {
    /// `login_url`: the project's Callback URL to put the token on (required when the project has several).
    public var loginURL: String?
    /// `payload`: custom data returned in the JWT's `payload` claim (keep it under 500 characters).
    public var payload: String?
    /// `with_logout=1`: deactivate the user's existing JWTs.
    public var logoutOthers: Bool
    /// `send_link` with its `link_url`: the SMS also carries a link that completes the login when followed.
    public var linkURL: String?

    /// Creates options; all empty by default.
    public init(loginURL: String? = nil, payload: String? = nil, logoutOthers: Bool = false, linkURL: String? = nil) {
        self.loginURL = loginURL
        self.payload = payload
        self.logoutOthers = logoutOthers
        self.linkURL = linkURL
    }

    /// Whether the SMS is asked to carry a link.
    public var sendsLink: Bool { linkURL != nil }
}
