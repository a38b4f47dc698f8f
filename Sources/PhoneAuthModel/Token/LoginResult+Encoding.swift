import Foundation

extension LoginResult: Encodable {
    enum CodingKeys: String, CodingKey {
        case token, loginURL = "login_url", rememberMe = "remember_me", claims, signatureVerified = "signature_verified"
        case mode, refreshToken = "refresh_token", expiresIn = "expires_in", tokenType = "token_type"
    }

    /// Encodes the result as the `--output json` object (it holds the token: the user asked for it).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(token, forKey: .token)
        try container.encode(loginURL, forKey: .loginURL)
        try container.encodeIfPresent(rememberMe, forKey: .rememberMe)
        try container.encode(claims, forKey: .claims)
        try container.encode(signatureVerified, forKey: .signatureVerified)
        try container.encode(mode, forKey: .mode)
        try container.encodeIfPresent(refreshToken, forKey: .refreshToken)
        try container.encodeIfPresent(expiresIn, forKey: .expiresIn)
        try container.encodeIfPresent(tokenType, forKey: .tokenType)
    }

    /// The result as one line of JSON with sorted keys.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
