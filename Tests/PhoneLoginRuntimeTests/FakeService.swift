import PhoneAuthModel

/// A login service that answers at once: start gives `operation`, the rest fail as cancelled. For the runtime's
/// call plumbing without a server.
struct FakeService: LoginService {
    let operation: String

    func startAuth(phone: PhoneNumber, options: StartAuthOptions) async throws(AuthError) -> String { operation }
    func completeAuth(phone: PhoneNumber, operationID: String, code: String) async throws(AuthError) -> LoginResult { throw .cancelled }
    func waitForLinkCode(phone: PhoneNumber, operationID: String, until deadline: ContinuousClock.Instant) async throws(AuthError) -> String {
        throw .cancelled
    }
    func prepare() async {}
    func shutdown() async {}
}
