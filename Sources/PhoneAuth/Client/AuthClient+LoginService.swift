import PhoneAuthModel

/// The HTTP client as the service the login flow's runtime calls.
extension AuthClient: LoginService {
    /// Warms the answer path (`LoginResult.warmUp()`) so the first login's answer does not wait for one-time work.
    public func prepare() async {
        await LoginResult.warmUp()
    }
}
