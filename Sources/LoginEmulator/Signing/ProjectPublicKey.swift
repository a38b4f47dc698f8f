/// One entry of `GET /api/projects/{projectId}/keys`, in Xsolla's shape: the RSA public key's modulus and exponent
/// as hexadecimal big-endian numbers (lower case), not base64url as in a JWK (record: §3 `/token/validate`, Go SDK).
public struct ProjectPublicKey: Codable, Hashable, Sendable {
    /// The algorithm: `RS256`.
    public var alg: String
    /// The public exponent in hex (`010001`).
    public var e: String
    /// The key id, as in the tokens' `kid` header.
    public var kid: String
    /// The key type: `RSA`.
    public var kty: String
    /// The modulus in hex.
    public var n: String
    /// What the key is for: `sig`.
    public var use: String

    /// Creates an entry.
    public init(alg: String = "RS256", e: String, kid: String, kty: String = "RSA", n: String, use: String = "sig") {
        self.alg = alg
        self.e = e
        self.kid = kid
        self.kty = kty
        self.n = n
        self.use = use
    }
}
