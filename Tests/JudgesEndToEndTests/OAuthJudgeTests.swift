import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

/// The emulator's OAuth 2.0 and its signatures judged from outside: authlib's and requests-oauthlib's OAuth2Session
/// drive the phone flow and the token endpoint (`scripts/judges/oauth_clients.py`), PyJWT verifies the tokens with the
/// published keys or the secret (`scripts/judges/jwt_keys.py`). Each script runs once per emulator; each of its checks
/// is a test case here.
@Suite("OAuth 2.0 judged by authlib, requests-oauthlib and PyJWT")
struct OAuthJudgeTests {
    /// The checks `oauth_clients.py` makes, as it names them.
    static let clientChecks = [
        "authorization URL accepted by the phone request",
        "state with spaces comes back exactly in login_url",
        "code exchanged by the library, its state check passed",
        "token answer says Cache-Control: no-store and Pragma: no-cache (RFC 6749 5.1)",
        "users/me with the library's Bearer token",
        "automatic refresh after expiry (refresh_token grant without redirect_uri)",
        "rotation: the used refresh token is refused (400 010-023)",
        "an authorization code used twice is refused (400 010-023)",
        "a tampered state in login_url is refused by the library before any exchange",
        "a redirect URI other than the request's is refused at the exchange (400 010-023)",
        "no redirect_uri at the request: the exchange without one succeeds",
        #"logout, then refresh refused and users/me 401 with Bearer error="invalid_token" (RFC 6750 3)"#,
        "users/me without a token: 401 with a Bearer challenge and no error code (RFC 6750 3.1)",
    ]

    /// The checks `jwt_keys.py` makes for an RS256 emulator.
    static let rs256Checks = [
        "keys endpoint answers 200 with a JSON list",
        "RS256 token header: alg RS256 and a kid the keys list has",
        "key entry in Xsolla's shape: alg RS256, kty RSA, use sig, n and e hex",
        "modulus of at least 2048 bits, exponent 65537",
        "kid is the key's RFC 7638 thumbprint",
        "PyJWT verifies the RS256 token with the key built from n and e",
        "a token re-signed with another key under the same kid is refused (PyJWT and the emulator)",
        "an HS256 token keyed with the public key's PEM is refused by the emulator",
    ]

    /// The checks `jwt_keys.py` makes for an HS256 emulator.
    static let hs256Checks = [
        "keys endpoint answers 200 with a JSON list",
        "HS256 project: the keys list is empty",
        "HS256 token header: alg HS256",
        "PyJWT verifies the HS256 token with the project secret",
        "PyJWT refuses it with another secret",
    ]

    /// Every (library, check) pair of the client judge.
    static let clientCases = ["authlib", "requests-oauthlib"].flatMap { library in clientChecks.map { JudgeCase(run: library, check: $0) } }
    /// Every (algorithm, check) pair of the signature judge.
    static let keyCases = rs256Checks.map { JudgeCase(run: "rs256", check: $0) } + hs256Checks.map { JudgeCase(run: "hs256", check: $0) }

    @Test("an independent OAuth 2.0 client library against the emulator", arguments: clientCases)
    func client(_ example: JudgeCase) async throws {
        let outcome = await JudgeRuns.shared.outcome(of: "oauth_clients.py \(example.run)") {
            var configuration = TestProject.emulator(phoneLimit: RateLimit(requests: 1_000, window: .seconds(600)))
            configuration.accessTokenLifetime = .seconds(4)
            return try await Self.judge(configuration, "oauth_clients.py") { ["--base", $0.rootURL, "--library", example.run] }
        }
        try Self.expect(example, in: outcome)
    }

    @Test("PyJWT verifies the emulator's tokens: RS256 with the published keys, HS256 with the secret", arguments: keyCases)
    func signatures(_ example: JudgeCase) async throws {
        let outcome = await JudgeRuns.shared.outcome(of: "jwt_keys.py \(example.run)") {
            var configuration = TestProject.emulator()
            configuration.jwtAlgorithm = example.run == "rs256" ? .rs256 : .hs256
            return try await Self.judge(configuration, "jwt_keys.py") {
                ["--base", $0.rootURL, "--project", TestProject.id, "--algorithm", example.run, "--secret", TestProject.secret]
            }
        }
        try Self.expect(example, in: outcome)
    }

    /// Runs a judge's script against a fresh emulator in this process, then stops the emulator.
    static func judge(_ configuration: EmulatorConfiguration, _ script: String,
                      _ arguments: @Sendable (RunningEmulator) -> [String]) async throws -> JudgeOutcome {
        let emulator = try await EmulatorServer.start(configuration: configuration)
        let arguments = arguments(emulator)
        let result: (status: Int32, stdout: String, stderr: String)
        do { result = try await JudgeScript.outcome(script, arguments) } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
        let (status, stdout, stderr) = result
        return JudgeOutcome(status: status, stdout: stdout, stderr: stderr)
    }

    /// The check's line must say PASS; the script's whole output goes with a failure.
    static func expect(_ example: JudgeCase, in result: Result<JudgeOutcome, any Error>) throws {
        let outcome = try result.get()
        let line = outcome.lines.first { $0.dropFirst(5).hasPrefix(example.check) }
        #expect(line?.hasPrefix("PASS ") == true, "\(line ?? "no line for this check")\n\(outcome.stdout)\n\(outcome.stderr.suffix(2000))")
        if outcome.status != 0 { #expect(outcome.lines.contains { $0.hasPrefix("FAIL ") }, "exit \(outcome.status) with no failed check") }
    }
}

/// One check of one run of a judge's script.
struct JudgeCase: Sendable, CustomTestStringConvertible {
    /// The run: the library or the algorithm the script is started with.
    let run: String
    /// The check, as the script names it.
    let check: String
    var testDescription: String { "\(run): \(check)" }
}

/// What a judge's script said: its exit status and its lines.
struct JudgeOutcome: Sendable {
    let status: Int32
    let stdout: String
    let stderr: String
    /// The output's `PASS …` and `FAIL …` lines.
    var lines: [String] { stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("PASS ") || $0.hasPrefix("FAIL ") } }
}

/// Each judge run made once, however many test cases read it.
actor JudgeRuns {
    static let shared = JudgeRuns()
    private var runs: [String: Task<Result<JudgeOutcome, any Error>, Never>] = [:]

    /// The outcome of the run named `key`, started by `make` the first time it is asked for.
    func outcome(of key: String, _ make: @escaping @Sendable () async throws -> JudgeOutcome) async -> Result<JudgeOutcome, any Error> {
        if let run = runs[key] { return await run.value }
        let run = Task { () -> Result<JudgeOutcome, any Error> in
            do { return .success(try await make()) } catch { return .failure(error) }
        }
        runs[key] = run
        return await run.value
    }
}
