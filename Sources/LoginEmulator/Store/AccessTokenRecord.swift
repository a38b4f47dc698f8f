import Foundation

/// An OAuth 2.0 access token the emulator issued and has not revoked, by its `jti`.
struct AccessTokenRecord: Sendable, Hashable {
    /// Its `sub`.
    let subject: String
    /// Its `exp`: after that it is dropped from the ledger.
    let expiresAt: Date
}
