#if canImport(Glibc)
import Glibc
#endif
import PhoneAuth

/// Every error the emulator answers with, worded as Xsolla words it: the one place the emulator's wording lives.
extension EmulatorRejection {
    /// 400: the body is not JSON.
    static func malformedJSON(_ reason: String) -> Self { invalidParameters(reason) }
    /// 400: the body of `POST /oauth2/token` is not a URL-encoded form.
    static func malformedForm(_ reason: String) -> Self { invalidParameters(reason) }
    /// 422: a required query parameter is missing.
    static func missingQuery(_ name: String) -> Self { required("\(name) in query") }
    /// 422: a query parameter has the wrong form.
    static func invalidQuery(_ name: String, expected: String) -> Self { mistyped("\(name) in query", expected: expected) }
    /// 422: a query parameter is not one of its allowed values.
    static func queryNotAllowed(_ name: String, allowed: [String]) -> Self { notAllowed("\(name) in query", allowed: allowed) }
    /// 422: a path parameter has the wrong form.
    static func invalidPath(_ name: String, expected: String) -> Self { mistyped("\(name) in path", expected: expected) }
    /// 422: a required JSON body field is missing.
    static func missingField(_ name: String) -> Self { required("body.\(name) in body") }
    /// 422: a JSON body field has the wrong JSON type or form.
    static func invalidField(_ name: String, expected: String) -> Self { mistyped("body.\(name) in body", expected: expected) }
    /// 422: a required form field of `POST /oauth2/token` is missing.
    static func missingFormField(_ name: String) -> Self { required("\(name) in body") }
    /// 422: a form field has the wrong form.
    static func invalidFormField(_ name: String, expected: String) -> Self { mistyped("\(name) in body", expected: expected) }
    /// 422: a form field is not one of its allowed values.
    static func formFieldNotAllowed(_ name: String, allowed: [String]) -> Self { notAllowed("\(name) in body", allowed: allowed) }
    /// 422: the phone number does not match the rule, in Xsolla's observed wording.
    static func phonePattern(field: String = "body.phone_number in body") -> Self {
        .init(status: 422, code: XsollaErrorCode.invalidRequest, description: "\(field) should match '\(PhoneNumber.pattern)'")
    }
    /// 422: a fault given to `POST /emulator/faults` cannot be injected.
    static func invalidFault(_ reason: String) -> Self {
        .init(status: 422, code: XsollaErrorCode.invalidRequest, description: "Invalid fault: \(reason)")
    }
    /// `value` with three decimals as the C library's printf writes `%.3f` (Foundation's `String(format:)` did the
    /// same through CoreFoundation, which brings ICU into the static binary).
    static func threeDecimals(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 350)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.3f", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// 422: `POST /emulator/clock` would move the clock back (by `seconds`, negative): it only moves forward.
    static func clockBackwards(seconds: Double) -> Self {
        .init(status: 422, code: XsollaErrorCode.invalidRequest,
              description: "The emulator's clock only moves forward: this would move it back by \(threeDecimals(-seconds)) s.")
    }
    /// 422: `POST /emulator/clock` would take the clock past the year 9999.
    static let clockTooFar = Self(status: 422, code: XsollaErrorCode.invalidRequest,
                                  description: "The emulator's clock cannot go past 9999-12-31T23:59:59Z.")
    /// 422: `POST /emulator/clock` named both `advance_seconds` and `now`.
    static let clockMoveAmbiguous = Self(status: 422, code: XsollaErrorCode.invalidRequest,
                                         description: "Give either body.advance_seconds or body.now, not both.")
    /// 500: `POST /emulator/export` could not write the `--export` file.
    static func exportFailed(_ reason: String) -> Self {
        .init(status: 500, code: XsollaErrorCode.invalidRequest, description: "The state was not exported: \(reason)")
    }
    /// 400 `010-019`: the OAuth 2.0 client id is not among the configured ones.
    static let clientAuthentication = Self(status: 400, code: XsollaErrorCode.clientAuthentication, description: "Client authentication failed.")
    /// 400 `010-022`: `state` is missing or shorter than 8 characters.
    static let weakState = Self(status: 400, code: XsollaErrorCode.weakState,
                                description: "The state parameter is missing or too weak: it needs at least 8 characters.")
    /// 400 `010-023`: an authorization code or refresh token unknown, used, expired, revoked, of another client, or
    /// presented with another redirect URI than the request's.
    static let invalidGrant = Self(status: 400, code: XsollaErrorCode.invalidGrant,
                                   description: "The provided authorization grant or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.")
    /// 404: the project is not among the configured ones.
    static let projectNotFound = Self(status: 404, code: XsollaErrorCode.projectNotFound, description: "Project not found.")
    /// 404: unknown, stale, expired or used-up operation.
    static let objectNotFound = Self(status: 404, code: XsollaErrorCode.objectNotFound, description: "Object not found.")
    /// 401: the code is wrong; says how many tries are left.
    static func wrongCode(attemptsLeft: Int) -> Self {
        .init(status: 401, code: XsollaErrorCode.wrongCredentials, description: "Wrong authorization code.",
              details: ["attempts_left": .number(Double(attemptsLeft))])
    }
    /// 429: too many code requests.
    static func rateLimited(retryAfter seconds: Int) -> Self {
        .init(status: 429, code: XsollaErrorCode.tooManyAttempts, description: "Too many login attempts.", retryAfterSeconds: seconds)
    }
    /// 408: nothing released the `/otc/code` poll in time.
    static let deadlineExceeded = Self(status: 408, code: XsollaErrorCode.invalidRequest, description: "Deadline exceeded")
    /// 401: the token did not validate.
    static let invalidToken = Self(status: 401, code: XsollaErrorCode.invalidToken, description: "Invalid JWT.")
    /// The realm of the emulator's Bearer challenges.
    static let bearerRealm = "xsolla-login-emulator"
    /// 401 from a Bearer-protected call sent with no Bearer token: Xsolla's body, and RFC 6750 §3's challenge with no
    /// error code (the client had no token to be wrong).
    static let bearerMissing = Self(status: 401, code: XsollaErrorCode.invalidToken, description: "Invalid JWT.",
                                    challenge: #"Bearer realm="\#(bearerRealm)""#)
    /// 401 from a Bearer-protected call whose token does not verify, has expired or was revoked: Xsolla's body, and
    /// RFC 6750 §3.1's `error="invalid_token"` in the challenge.
    static let bearerInvalid = Self(status: 401, code: XsollaErrorCode.invalidToken, description: "Invalid JWT.",
                                    challenge: #"Bearer realm="\#(bearerRealm)", error="invalid_token", error_description="The access token is invalid, expired or revoked""#)
    /// 413: the body is over the limit.
    static func bodyTooLarge(limit: Int) -> Self {
        .init(status: 413, code: XsollaErrorCode.invalidRequest, description: "Request body is larger than \(limit) bytes.")
    }
    /// 404: no such path.
    static let noSuchPath = Self(status: 404, code: XsollaErrorCode.invalidRequest, description: "Not found: no such path.")
    /// 405: the path exists with another method.
    static let methodNotAllowed = Self(status: 405, code: XsollaErrorCode.invalidRequest, description: "Method not allowed.")
    /// 503: the emulator is shutting down.
    static let shuttingDown = Self(status: 503, code: XsollaErrorCode.invalidRequest, description: "The emulator is shutting down.")
    /// 500: a fault of the emulator itself (never caused by client input).
    static let internalFault = Self(status: 500, code: XsollaErrorCode.invalidRequest, description: "Internal emulator error.")

    /// 400 "Request has invalid parameters.", the reason in `details`.
    private static func invalidParameters(_ reason: String) -> Self {
        .init(status: 400, code: XsollaErrorCode.invalidRequest, description: "Request has invalid parameters.", details: ["reason": .string(reason)])
    }
    /// 422 "`subject` is required".
    private static func required(_ subject: String) -> Self {
        .init(status: 422, code: XsollaErrorCode.invalidRequest, description: "\(subject) is required")
    }
    /// 422 "`subject` must be of type `expected`".
    private static func mistyped(_ subject: String, expected: String) -> Self {
        .init(status: 422, code: XsollaErrorCode.invalidRequest, description: "\(subject) must be of type \(expected)")
    }
    /// 422 "`subject` should be one of [a b]".
    private static func notAllowed(_ subject: String, allowed: [String]) -> Self {
        .init(status: 422, code: XsollaErrorCode.invalidRequest, description: "\(subject) should be one of [\(allowed.joined(separator: " "))]")
    }
}
