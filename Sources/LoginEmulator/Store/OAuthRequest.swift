/// What an OAuth 2.0 phone request asked for: kept with its operation until confirm turns it into a code.
struct OAuthRequest: Sendable, Hashable {
    /// The redirect URI when a request gives none: Xsolla's blank page for apps that are not browsers.
    static let defaultRedirectURI = "https://login.xsolla.com/api/blank"

    /// The OAuth 2.0 client id.
    let clientID: Int
    /// The requested scopes (space-separated in the query), in order.
    let scopes: [String]
    /// The client's `state`, given back in `login_url`.
    let state: String
    /// Where `login_url` points; the token call must name it again, byte for byte, when the request gave it.
    let redirectURI: String
    /// Whether the request carried `redirect_uri` (RFC 6749 §4.1.3: only then must the token call name it).
    var redirectURIGiven = true
}
