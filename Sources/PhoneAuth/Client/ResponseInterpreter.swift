import Foundation
import PhoneAuthModel

/// Turns a status, a `Retry-After` header and a body into a decoded value or a typed error. Pure: no I/O.
public enum ResponseInterpreter {
    /// Decodes `body` as `T` when `status` is the expected one, and as Xsolla's error body otherwise.
    public static func interpret<T: Decodable>(
        _ type: T.Type, expecting expected: Int = 200, status: Int, retryAfter: String?, body: [UInt8], now: Date = Date()
    ) -> Result<T, AuthError> {
        if status == expected {
            if let bodiless = T.self as? any BodilessAnswer.Type, let value = bodiless.init() as? T { return .success(value) }
            do {
                return .success(try JSONDecoder().decode(T.self, from: Data(body)))
            } catch {
                return .failure(.malformedResponse(status: status, reason: "expected \(expectation(for: T.self)), got \(summary(of: body))"))
            }
        }
        return .failure(error(status: status, retryAfter: retryAfter, body: body, now: now))
    }

    /// The error for a status other than the expected one.
    public static func error(status: Int, retryAfter: String?, body: [UInt8], now: Date = Date()) -> AuthError {
        guard status >= 400 else {
            return .malformedResponse(status: status, reason: "unexpected status \(status), got \(summary(of: body))")
        }
        let retry = retryAfter.flatMap { retryAfterSeconds($0, now: now) }
        if let decoded = try? JSONDecoder().decode(XsollaErrorBody.self, from: Data(body)) {
            return .server(ServerError(status: status, code: decoded.error.code, description: decoded.error.description,
                                       details: decoded.error.details, retryAfterSeconds: retry))
        }
        // A rate limit or a server failure means the same with any body (a proxy's HTML page, say).
        if status == 429 || status >= 500 {
            return .server(ServerError(status: status, retryAfterSeconds: retry))
        }
        // A 404 page in HTML most likely means a wrong base URL, not an expired operation: do not guess.
        let hint = status == 404 ? " (is the base URL right? It ends in /api)" : ""
        return .malformedResponse(status: status, reason: "expected Xsolla's error body, got \(summary(of: body))\(hint)")
    }

    /// Seconds from a `Retry-After` value: a number of seconds, or an HTTP date.
    public static func retryAfterSeconds(_ value: String, now: Date = Date()) -> Int? {
        let trimmed = value.trimmingSpacesAndTabs()
        if let seconds = Int(trimmed) { return seconds >= 0 ? min(seconds, 86_400) : nil }
        guard let date = HTTPDate.parse(trimmed) else { return nil }
        return max(0, min(86_400, Int(date.timeIntervalSince(now).rounded(.up))))
    }

    /// A few words on what a body looked like, for an error message (never its content: it may hold secrets).
    static func summary(of body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(512), as: UTF8.self).trimmingWhitespace()
        if text.isEmpty { return "an empty body" }
        if text.hasPrefix("<") { return "an HTML page (\(body.count) bytes)" }
        if text.hasPrefix("{") || text.hasPrefix("[") { return "JSON of another shape (\(body.count) bytes)" }
        return "text that is not JSON (\(body.count) bytes)"
    }

    /// What a success body should hold, for messages.
    static func expectation<T>(for type: T.Type) -> String {
        switch type {
        case is StartAuthResponse.Type: "JSON with operation_id"
        case is CompleteAuthResponse.Type: "JSON with login_url"
        case is ConfirmationCodeResponse.Type: "JSON with code"
        case is OAuthTokenResponse.Type: "JSON with access_token"
        case is CurrentUser.Type: "JSON with the user's id"
        default: "JSON"
        }
    }
}
