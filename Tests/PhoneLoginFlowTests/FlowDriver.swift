import PhoneAuthModel
import PhoneLoginFlow

/// Drives a flow through events on a made-up timeline, keeping the effects of the last step.
struct FlowDriver {
    var flow: LoginFlow
    let start = ContinuousClock.now
    var now: ContinuousClock.Instant
    var effects: [FlowEffect] = []

    init(_ settings: FlowSettings = FlowSettings()) {
        flow = LoginFlow(settings: settings)
        now = start
    }

    /// Moves time forward and handles one event.
    @discardableResult
    mutating func send(_ event: FlowEvent, after delay: Duration = .zero) -> [FlowEffect] {
        now = now + delay
        effects = flow.handle(event, at: now)
        return effects
    }

    /// Types text key by key.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Moves time forward and delivers a tick.
    mutating func wait(_ delay: Duration) { send(.tick, after: delay) }

    /// The request id of the last start or confirm effect.
    var lastRequestID: Int? { Self.lastRequestID(in: effects) }

    /// The request id of the last start or confirm among `effects`.
    static func lastRequestID(in effects: [FlowEffect]) -> Int? {
        effects.reversed().lazy.compactMap { effect -> Int? in
            switch effect {
            case .startAuth(let id, _), .completeAuth(let id, _, _, _): id
            default: nil
            }
        }.first
    }

    /// The wake-up the last step asked for.
    var wake: ContinuousClock.Instant? {
        effects.lazy.compactMap { effect -> ContinuousClock.Instant? in
            if case .wake(let at) = effect { at } else { nil }
        }.last
    }

    /// Types a valid number, sends it, and answers with an operation id: the code screen.
    mutating func reachCodeScreen(phone: String = "+4915112345678", operation: String = "op-1") {
        type(phone)
        send(.key(.enter))
        let id = lastRequestID!
        send(.startFinished(requestID: id, .success(operation)), after: .milliseconds(200))
    }

    static let login = LoginResult(
        loginURL: "https://x.example/cb?token=t", token: "t", rememberMe: false,
        claims: UserClaims(subject: "7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90", expiresAt: .distantFuture), signatureVerified: false)

    static func serverError(_ status: Int, _ code: String, retryAfter: Int? = nil) -> AuthError {
        .server(ServerError(status: status, code: code, description: "x", retryAfterSeconds: retryAfter))
    }
}

import Foundation
