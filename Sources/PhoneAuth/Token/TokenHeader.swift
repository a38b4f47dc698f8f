import Foundation

/// The two fields of a JWT's header that choose how it is checked: `alg` and `kid`. Read without trusting them: the
/// signature check that follows is what decides.
struct TokenHeader: Decodable, Equatable {
    /// `alg`: `HS256`, `RS256`, …
    var algorithm: String
    /// `kid`: the signing key's id, when the token names one.
    var keyID: String?

    enum CodingKeys: String, CodingKey {
        case algorithm = "alg", keyID = "kid"
    }

    /// The header of `token`, or nil when its first part is not base64url-encoded JSON with an `alg`.
    init?(of token: String) {
        guard let first = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first else { return nil }
        var text = String(first).replacing("-", with: "+").replacing("_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: text), let header = try? JSONDecoder().decode(TokenHeader.self, from: data) else { return nil }
        self = header
    }
}
