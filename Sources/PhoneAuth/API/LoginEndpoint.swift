import PhoneAuthModel
/// The paths of the Login API calls this project uses, relative to the base URL (`https://login.xsolla.com/api`).
public enum LoginEndpoint: String, Sendable, CaseIterable {
    /// Start auth by phone number.
    case startAuth = "/login/phone/request"
    /// Complete auth by phone number.
    case completeAuth = "/login/phone/confirm"
    /// Get confirmation code (the link flow's long poll).
    case confirmationCode = "/otc/code"
    /// Validate a user JWT.
    case validateToken = "/token/validate"

    /// The path relative to the base URL.
    public var path: String { rawValue }
}
