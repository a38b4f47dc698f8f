import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PhoneAuthModel
import Synchronization

/// The client for the phone-login calls of Xsolla Login: start, complete, and the link flow's long poll.
///
/// Every method throws `AuthError` only. Cancelling the calling task cancels the request.
/// Call `shutdown()` when done, or use `AuthClient.with(_:_:)`.
public final class AuthClient: Sendable {
    /// The configuration in force.
    public let configuration: AuthClientConfiguration
    /// The base URL, checked, without a trailing slash.
    public let baseURL: String
    let http: HTTPClient
    let logger: Logger
    /// OAuth 2.0: the `state` sent with each request, by operation id, checked when `login_url` carries one back.
    let states = Mutex<[String: String]>([:])
    /// RS256: each project's public keys as last fetched (kept ten minutes), by project id.
    let keyRings = Mutex<[String: ProjectKeyRing]>([:])

    /// Creates a client; throws for an insecure or malformed base URL or a bad project id.
    public init(configuration: AuthClientConfiguration, logger: Logger = Logger(label: "phone-login.auth")) throws(AuthError) {
        self.baseURL = try configuration.validatedBaseURL()
        self.configuration = configuration
        self.logger = logger
        var httpConfiguration = HTTPClient.Configuration()
        httpConfiguration.timeout = .init(connect: .nanoseconds(Int64(configuration.connectTimeout.nanoseconds)))
        httpConfiguration.redirectConfiguration = .disallow
        httpConfiguration.decompression = .disabled
        // AsyncHTTPClient retries a failed connection with backoff until the connect timeout (its recommended
        // default), so "refused" or a TLS failure is reported once that timeout has passed.
        self.http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: httpConfiguration)
    }

    /// Runs `body` with a new client and shuts it down afterwards, whatever happens.
    public static func with<R: Sendable>(
        _ configuration: AuthClientConfiguration, logger: Logger = Logger(label: "phone-login.auth"),
        _ body: (AuthClient) async throws -> R
    ) async throws -> R {
        let client = try AuthClient(configuration: configuration, logger: logger)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    /// Closes the client's connections.
    public func shutdown() async {
        try? await http.shutdown()
    }

    /// Start auth by phone number: sends the SMS and returns the operation id.
    public func startAuth(phone: PhoneNumber, options: StartAuthOptions = StartAuthOptions()) async throws(AuthError) -> String {
        if options.sendsLink, options.linkURL?.isEmpty ?? true { throw .configuration(.missingLinkURL) }
        if let oauth = configuration.oauth { return try await startOAuth(phone: phone, options: options, settings: oauth) }
        let query: [(String, String?)] = [
            ("projectId", configuration.projectID),
            ("login_url", options.loginURL),
            ("payload", options.payload),
            ("with_logout", options.logoutOthers ? "1" : nil),
        ]
        let body = StartAuthBody(phoneNumber: phone.e164, sendLink: options.sendsLink ? true : nil, linkURL: options.linkURL)
        let response = try await send(.startAuth, method: .POST, query: query, body: .json(encoding: body),
                                      timeout: configuration.requestTimeout, as: StartAuthResponse.self, phone: phone)
        return response.operationID
    }

    /// Complete auth by phone number: sends the code and returns the login result with the token's claims.
    public func completeAuth(phone: PhoneNumber, operationID: String, code: String) async throws(AuthError) -> LoginResult {
        if let oauth = configuration.oauth {
            var result = try await completeOAuth(phone: phone, operationID: operationID, code: code, settings: oauth)
            result.phone = phone
            return result
        }
        let body = CompleteAuthBody(code: code, operationID: operationID, phoneNumber: phone.e164)
        let response = try await send(.completeAuth, method: .POST, query: [("projectId", configuration.projectID)], body: .json(encoding: body),
                                      timeout: configuration.requestTimeout, as: CompleteAuthResponse.self, phone: phone)
        var result = try await LoginResult.parse(loginURL: response.loginURL)
        result.signatureVerified = try await checkSignature(of: result.token, claims: result.claims)
        result.phone = phone
        return result
    }

    /// One `/otc/code` long poll: the code once the SMS link is followed; `.server` with kind `.pollTimeout` on 408.
    public func pollLinkCode(phone: PhoneNumber, operationID: String) async throws(AuthError) -> String {
        try await pollLinkCode(phone: phone, operationID: operationID, timeout: configuration.pollTimeout)
    }

    /// One long poll that gives up after `timeout`.
    func pollLinkCode(phone: PhoneNumber, operationID: String, timeout: Duration) async throws(AuthError) -> String {
        guard !configuration.projectID.isEmpty else { throw .configuration(.missingProjectID) }
        let query: [(String, String?)] = [("projectId", configuration.projectID), ("login", phone.e164), ("operation_id", operationID)]
        let response = try await send(.confirmationCode, method: .GET, query: query, body: .none,
                                      timeout: timeout, as: ConfirmationCodeResponse.self, phone: phone)
        return response.code
    }

    /// Polls `/otc/code` until the link is followed, asking again at once after each 408, until `deadline`
    /// (no poll outlives it). The poll only reads, so a lost connection or a 5xx is asked again too, after
    /// `pollRetryDelay`, up to `pollRetries` times in a row.
    public func waitForLinkCode(
        phone: PhoneNumber, operationID: String, until deadline: ContinuousClock.Instant
    ) async throws(AuthError) -> String {
        var failures = 0
        while ContinuousClock.now < deadline {
            if Task.isCancelled { throw .cancelled }
            let timeout = min(configuration.pollTimeout, deadline - ContinuousClock.now)
            do {
                return try await pollLinkCode(phone: phone, operationID: operationID, timeout: timeout)
            } catch .server(let error) where error.kind == .pollTimeout {
                failures = 0
                logger.debug("otc/code poll ended with 408; asking again", metadata: ["phone": "\(phone)"])
            } catch .transport(.requestTimeout) where ContinuousClock.now >= deadline {
                break
            } catch let error where Self.pollMayRetry(error) && failures < Self.pollRetries {
                failures += 1
                logger.debug("otc/code poll failed; asking again", metadata: ["phone": "\(phone)", "error": "\(error)"])
                do { try await Task.sleep(for: Self.pollRetryDelay) } catch { throw .cancelled }
            }
        }
        throw .linkWaitExpired
    }

    /// How many failed polls in a row are asked again before the failure is reported.
    static let pollRetries = 5
    /// The pause before asking again after a failed poll.
    static let pollRetryDelay = Duration.milliseconds(500)

    /// Whether a failed poll may simply be asked again: a lost or refused connection, a timeout, a 5xx.
    static func pollMayRetry(_ error: AuthError) -> Bool {
        switch error {
        case .transport(let failure): failure.requestNeverSent || failure == .connectionLost || failure == .requestTimeout
        case .server(let server): server.status >= 500
        default: false
        }
    }

    /// Asks the server whether a token is valid: true on 204, false on 401/422.
    public func validateToken(_ token: String) async throws(AuthError) -> Bool {
        do {
            _ = try await send(.validateToken, method: .POST, query: [], body: .json(encoding: TokenValidationBody(token: token)),
                               timeout: configuration.requestTimeout, as: EmptyAnswer.self, expecting: 204, phone: nil)
            return true
        } catch .server(let error) where error.status == 401 || error.status == 422 {
            return false
        }
    }

    /// Sends one request (with a Bearer token when given: it is never logged) and interprets its answer.
    func send<Answer: Decodable>(
        _ endpoint: LoginEndpoint, path: String? = nil, method: HTTPMethod, query: [(String, String?)], body: RequestBody, bearer: String? = nil,
        timeout: Duration, as answer: Answer.Type, expecting expected: Int = 200, phone: PhoneNumber?
    ) async throws(AuthError) -> Answer {
        let queryText = QueryString.encode(query)
        var request = HTTPClientRequest(url: baseURL + (path ?? endpoint.path) + (queryText.isEmpty ? "" : "?" + queryText))
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "phone-login/1.0")
        if let bearer { request.headers.add(name: "Authorization", value: "Bearer " + bearer) }
        switch body {
        case .none: break
        case .json(let data):
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: data))
        case .form(let text):
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: text))
        }
        var metadata: Logger.Metadata = ["endpoint": "\(endpoint.path)"]
        if let phone { metadata["phone"] = "\(phone.masked())" }
        logger.debug("request", metadata: metadata)
        let started = ContinuousClock.now

        let status: Int
        let retryAfter: String?
        let bytes: [UInt8]
        do {
            // AsyncHTTPClient's deadline ends at the head; the body (a server dripping it byte by byte) counts too.
            (status, retryAfter, bytes) = try await Self.within(timeout) { [http, logger, request, limit = configuration.maximumResponseBytes] in
                let response = try await http.execute(request, timeout: .nanoseconds(Int64(timeout.nanoseconds)), logger: logger)
                if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limit {
                    throw AuthError.responseTooLarge(limit: limit)
                }
                let buffer = try await response.body.collect(upTo: limit)
                return (Int(response.status.code), response.headers.first(name: "Retry-After"), Array(buffer.readableBytesView))
            }
        } catch {
            throw mapFailure(error)
        }
        metadata["status"] = "\(status)"
        metadata["ms"] = "\((ContinuousClock.now - started).milliseconds)"
        logger.debug("response", metadata: metadata)
        return try ResponseInterpreter.interpret(Answer.self, expecting: expected, status: status, retryAfter: retryAfter, body: bytes).get()
    }

    /// Runs `body`, cancelling it and throwing a request timeout once `timeout` has passed.
    static func within<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw AuthError.transport(.requestTimeout) }
            return value
        }
    }

    /// Any error thrown while sending turned into an `AuthError`.
    func mapFailure(_ error: any Error) -> AuthError {
        if let error = error as? AuthError { return error }
        if error is NIOTooManyBytesError { return .responseTooLarge(limit: configuration.maximumResponseBytes) }
        if Task.isCancelled || error is CancellationError || (error as? HTTPClientError) == .cancelled { return .cancelled }
        if let failure = TransportFailure.classify(error) { return .transport(failure) }
        return .transport(.other(String(describing: error)))
    }
}
