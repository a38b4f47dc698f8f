/// How the emulator signs its tokens: as an HS256 project (the default) or an RS256 one.
public enum EmulatorJWTAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// HMAC-SHA256 with the project secret (`jwtSecret`); `/api/projects/{id}/keys` answers `[]`.
    case hs256
    /// RSA PKCS#1 v1.5 with SHA-256; the public key is served at `/api/projects/{id}/keys`, its id in each token's `kid`.
    case rs256

    /// The name in a JWT header and in the keys' `alg`: `HS256`, `RS256`.
    public var headerName: String { rawValue.uppercased() }
}
