/// The calls the login flow needs from a Login server, values in and out: what a runtime performs for the flow's
/// effects. `AuthClient` (HTTP) is the real one; tests may hand in another.
public protocol LoginService: Sendable {
    /// `POST /login/phone/request`: sends the SMS and returns the operation id.
    func startAuth(phone: PhoneNumber, options: StartAuthOptions) async throws(AuthError) -> String
    /// `POST /login/phone/confirm`: exchanges the code for the login.
    func completeAuth(phone: PhoneNumber, operationID: String, code: String) async throws(AuthError) -> LoginResult
    /// `GET /otc/code`, repeated until the SMS link is followed or `deadline` passes; returns the code.
    func waitForLinkCode(phone: PhoneNumber, operationID: String, until deadline: ContinuousClock.Instant) async throws(AuthError) -> String
    /// Does the one-time work of the answer path before anyone waits on it (called once the service is ready).
    func prepare() async
    /// Releases what the service holds (connections, threads).
    func shutdown() async
}
