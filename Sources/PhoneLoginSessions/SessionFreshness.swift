/// Whether a stored session can give a token now.
public enum SessionFreshness: Hashable, Sendable {
    /// The access token is valid for longer than the margin asked for.
    case fresh
    /// The access token has expired or is about to, and a refresh token is kept.
    case needsRefresh
    /// Expired (or about to) with nothing to refresh it with: sign in again.
    case unusable
}
