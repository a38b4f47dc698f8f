import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginPrompt

/// Drives a plain conversation on a made-up timeline (time counted from its start), keeping what the last turn
/// returned and answering the calls it makes as a server would.
struct ConversationDriver {
    var conversation: PlainConversation
    let start = ContinuousClock.now
    var now: ContinuousClock.Instant
    /// The wall clock at the start (the token's validity is said from it).
    static let date = Date(timeIntervalSince1970: 1_800_000_000)
    /// What the last turn returned.
    var actions: [PlainAction]
    /// The last start or confirm asked for, to answer it.
    var lastRequest: (id: Int, kind: FlowEffect)?

    init(_ settings: FlowSettings = FlowSettings()) {
        conversation = PlainConversation(settings: settings)
        now = start
        actions = conversation.start(at: now)
    }

    /// Moves time to `offset` from the start (when given and later), then hands `event` to the conversation.
    mutating func send(_ event: PlainEvent, at offset: Duration? = nil) {
        if let offset, start + offset > now { now = start + offset }
        actions = conversation.handle(event, at: now, date: Self.date + (now - start) / .seconds(1))
        for case .call(let effect) in actions {
            switch effect {
            case .startAuth(let id, _), .completeAuth(let id, _, _, _): lastRequest = (id, effect)
            default: break
            }
        }
    }

    /// The lines said in the last turn.
    var said: [String] { actions.compactMap { if case .say(let line) = $0 { line } else { nil } } }

    /// The prompt the last turn left open, if it asked.
    var asked: String? { actions.lazy.compactMap { if case .ask(let prompt, _) = $0 { prompt } else { nil } }.last }

    /// Whether the last prompt hides what is typed.
    var askedWithoutEcho: Bool? { actions.lazy.compactMap { if case .ask(_, let echo) = $0 { !echo } else { nil } }.last }

    /// The calls asked for in the last turn.
    var calls: [FlowEffect] { actions.compactMap { if case .call(let effect) = $0 { effect } else { nil } } }

    /// A login the server would answer with: valid 24 hours from the start.
    static let login = LoginResult(
        loginURL: "https://x.example/cb?token=t", token: "t", rememberMe: false,
        claims: UserClaims(subject: "7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90", expiresAt: date + 86_400), signatureVerified: false)

    static func serverError(_ status: Int, _ code: String, retryAfter: Int? = nil) -> AuthError {
        .server(ServerError(status: status, code: code, description: "x", retryAfterSeconds: retryAfter))
    }
}
