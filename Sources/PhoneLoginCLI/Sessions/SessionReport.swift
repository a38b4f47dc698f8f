import Foundation
import PhoneAuth
import PhoneLoginSessions

/// One stored sign-in as `status` shows it: no token, only what it is good for.
struct SessionReport: Encodable {
    /// The API base URL.
    let baseURL: String
    /// The Login project id.
    let projectID: String?
    /// The OAuth 2.0 client id.
    let clientID: Int?
    /// `jwt` or `oauth2`.
    let mode: LoginMode
    /// The user id.
    let subject: String
    /// The masked phone number.
    let phone: String?
    /// When the token expires.
    let expiresAt: Date
    /// Whether the token has expired.
    let expired: Bool
    /// Whether a refresh token is kept.
    let refreshable: Bool
    /// Whether `token` can hand out a token without a new sign-in.
    let usable: Bool
    /// Whether this is the session the options select.
    let selected: Bool
    /// Seconds until expiry (negative once expired), for the words.
    let secondsLeft: Int

    /// The report of `session` at `now`.
    init(_ session: StoredSession, selected: Bool, now: Date) {
        baseURL = session.key.baseURL
        projectID = session.key.projectID
        clientID = session.key.clientID
        mode = session.mode
        subject = session.subject
        phone = session.maskedPhone
        expiresAt = session.expiresAt
        secondsLeft = Int(session.expiresAt.timeIntervalSince(now).rounded(.down))
        expired = secondsLeft <= 0
        refreshable = session.isRefreshable
        usable = !expired || refreshable
        self.selected = selected
        self.key = session.key
    }

    /// The key, for the heading.
    private let key: SessionKey

    /// Two lines: the project and server, then mode, user, phone, expiry and whether it refreshes.
    var lines: [String] {
        let mark = usable ? "✓" : "✗"
        let expiry = expired ? "expired \(Self.clock(expiresAt)) (\(DurationWording.approximate(seconds: -secondsLeft)) ago)"
            : "valid until \(Self.clock(expiresAt)) (\(DurationWording.approximate(seconds: secondsLeft)) left)"
        var facts = [mode.displayName, "user \(subject)"]
        if let phone { facts.append(phone) }
        facts.append(expiry)
        facts.append(refreshable ? "refreshable" : "not refreshable")
        return ["\(mark) \(key.summary)\(selected ? "  (selected)" : "")", "  " + facts.joined(separator: " · ")]
    }

    /// The reports as one JSON array, keys sorted, dates in ISO 8601.
    static func jsonArray(_ reports: [SessionReport]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(reports)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// `2026-12-03 15:04 UTC`.
    static func clock(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false)
            .timeSeparator(.colon).dateTimeSeparator(.space)) + " UTC"
    }

    enum CodingKeys: String, CodingKey {
        case baseURL = "base_url", projectID = "project_id", clientID = "client_id", mode, subject = "sub", phone
        case expiresAt = "expires_at", expired, refreshable, usable, selected
    }
}
