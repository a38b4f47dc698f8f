import Foundation
import PhoneAuth
import PhoneLoginFlow

/// One line of `--log-logins`: when, who (masked phone and `sub`), until when, and how the hook did. Never the token.
struct LoginLogLine: Encodable, Equatable {
    /// When the login completed, ISO 8601 in UTC.
    let time: String
    /// The phone number with all but its last two digits hidden.
    let phone: String
    /// The user id (the token's `sub`).
    let sub: String
    /// When the token expires, ISO 8601 in UTC.
    let expiresAt: String
    /// The hook's outcome (`ok`, `exit 3`, `signal 9`, `timed out`, `not started`), when a hook is set.
    let hook: String?

    enum CodingKeys: String, CodingKey {
        case time, phone, sub, expiresAt = "expires_at", hook
    }

    /// The line for a login.
    init(_ result: LoginResult, phone: PhoneNumber, hook: HookOutcome?, at date: Date) {
        time = Self.timestamp(date)
        self.phone = phone.masked()
        sub = result.claims.subject
        expiresAt = Self.timestamp(result.claims.expiresAt)
        self.hook = hook.map(Self.word)
    }

    /// The JSON text, keys sorted, without a newline.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// `2026-11-21T23:05:09Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func word(_ outcome: HookOutcome) -> String {
        switch outcome {
        case .succeeded: "ok"
        case .exited(let status): "exit \(status)"
        case .killedBySignal(let number): "signal \(number)"
        case .timedOut: "timed out"
        case .couldNotStart: "not started"
        }
    }
}
