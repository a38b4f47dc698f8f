import PhoneAuthModel

/// Why no token can be had without a new sign-in.
public enum NotSignedInReason: Hashable, Sendable {
    /// Nothing is stored for this project.
    case noSession
    /// The stored token has expired and cannot be refreshed (JWT mode, or no refresh token).
    case expired
    /// The server refused the refresh token (`010-023`: revoked, used elsewhere, or expired).
    case refreshRefused(ServerError)
}
