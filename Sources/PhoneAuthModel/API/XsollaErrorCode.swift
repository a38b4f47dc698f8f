/// Xsolla Login error codes this project knows by name (strings, as the server sends them).
public enum XsollaErrorCode {
    /// Request has invalid parameters: schema-level failures (400 malformed JSON, 422 missing field or pattern
    /// mismatch) and the `/otc/code` poll's 408 "Deadline exceeded".
    public static let invalidRequest = "0"
    /// A parameter is invalid.
    public static let invalidParameter = "002-027"
    /// A parameter was not passed.
    public static let missingParameter = "002-028"
    /// The user is banned.
    public static let userBanned = "002-040"
    /// This phone number cannot receive SMS.
    public static let cannotReceiveSMS = "002-043"
    /// Invalid phone number.
    public static let invalidPhoneNumber = "002-056"
    /// Too many login attempts; try again later.
    public static let tooManyAttempts = "002-057"
    /// Login attempts limit exceeded; the account is blocked.
    public static let accountBlocked = "002-058"
    /// The Login project was not found.
    public static let projectNotFound = "003-019"
    /// The call is unavailable for this Login project.
    public static let callUnavailable = "003-020"
    /// The Login project is misconfigured.
    public static let projectMisconfigured = "003-022"
    /// Object not found: an unknown, stale or expired operation.
    public static let objectNotFound = "003-061"
    /// Wrong credentials (401). Xsolla does not publish the code it sends for a wrong SMS code; the emulator
    /// sends this one, its published code for wrong credentials. Clients branch on the 401 status, not on it.
    public static let wrongCredentials = "003-001"
    /// Invalid JWT (401).
    public static let invalidToken = "002-016"
    /// OAuth 2.0 client authentication failed (an unknown or unauthorised client id).
    public static let clientAuthentication = "010-019"
    /// OAuth 2.0 `state` missing or too weak (fewer than 8 characters).
    public static let weakState = "010-022"
    /// OAuth 2.0 grant (authorization code or refresh token) invalid, expired, revoked, used, issued to another
    /// client, or presented with another redirect URI: Xsolla's `invalid_grant`.
    public static let invalidGrant = "010-023"
}
