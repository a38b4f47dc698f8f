import LoginEmulator
import PhoneAuth

/// Values shared by the tests.
public enum TestProject {
    /// A project id the tests use (the emulator accepts any UUID unless told otherwise).
    public static let id = "6b1f2c3a-0000-4000-8000-000000000001"
    /// The HS256 secret the tests' emulators sign with.
    public static let secret = "test-secret-0123456789abcdef-0123456789"

    /// An emulator configuration for tests: a free port, a known secret, otherwise the defaults.
    public static func emulator(
        codeLifetime: Duration = .seconds(180), phoneLimit: RateLimit = RateLimit(requests: 5, window: .seconds(600)),
        addressLimit: RateLimit? = nil, pollTimeout: Duration = .seconds(20), projectIDs: Set<String>? = nil,
        outboxCapacity: Int = 1_000
    ) -> EmulatorConfiguration {
        EmulatorConfiguration(port: 0, codeLifetime: codeLifetime, phoneLimit: phoneLimit, addressLimit: addressLimit,
                              pollTimeout: pollTimeout, projectIDs: projectIDs, jwtSecret: secret, outboxCapacity: outboxCapacity)
    }

    /// A client configuration for `baseURL` with the test project. The connect timeout leaves room for a busy
    /// machine: it bounds the TLS handshake's retries and a request's wait for a pooled connection too.
    public static func client(_ baseURL: String, secret: String? = nil, requestTimeout: Duration = .seconds(30),
                              pollTimeout: Duration = .seconds(30), connectTimeout: Duration = .seconds(5)) -> AuthClientConfiguration {
        AuthClientConfiguration(baseURL: baseURL, projectID: id, connectTimeout: connectTimeout, requestTimeout: requestTimeout,
                                pollTimeout: pollTimeout, jwtSecret: secret)
    }
}
