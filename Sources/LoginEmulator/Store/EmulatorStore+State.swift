import Foundation

/// The store's side of state files: what it exports, and what an import adds.
extension EmulatorStore {
    /// The state now: users, grants, tokens, revocations and, with `includingOperations`, the live operations.
    func exportState(includingOperations: Bool) -> EmulatorState {
        let (instant, date) = (clock.instant, clock.date)
        let dateOf = { (other: ContinuousClock.Instant) in date.addingTimeInterval(EmulatorClock.seconds(other - instant)) }
        var state = EmulatorState(exportedAt: date)
        ledger.snapshot(into: &state, date: dateOf)
        guard includingOperations else { return state }
        state.operations = operations.values.filter { $0.expiresAt > instant }.map { operation in
            EmulatorState.Operation(
                id: operation.id, phone: operation.phone, code: operation.code, projectID: operation.projectID, loginURL: operation.loginURL,
                payload: operation.payload, expiresAt: dateOf(operation.expiresAt), wrongAttempts: operation.wrongAttempts,
                linkToken: operation.linkToken, linkFollowed: operation.linkFollowed,
                oauth: operation.oauth.map { .init(clientID: $0.clientID, scopes: $0.scopes, state: $0.state, redirectURI: $0.redirectURI,
                                                   redirectURIGiven: $0.redirectURIGiven) })
        }.sorted { $0.id < $1.id }
        return state
    }

    /// Adds an imported state: its users keep their `sub`, its refresh tokens refresh, its unexpired codes and
    /// operations stay redeemable until their time on this emulator's clock. Its SMS messages are not kept.
    func importState(_ state: EmulatorState) {
        let (instant, date) = (clock.instant, clock.date)
        let instantOf = { (other: Date) in instant + .milliseconds(Int64((other.timeIntervalSince(date) * 1_000).rounded())) }
        ledger.restore(state, instant: instantOf)
        for operation in state.operations ?? [] {
            let expiresAt = instantOf(operation.expiresAt)
            guard expiresAt > instant else { continue }
            if let previous = latestByPhone[operation.phone], let held = operations[previous], held.expiresAt > expiresAt { continue }
            var restored = PhoneOperation(
                id: operation.id, phone: operation.phone, code: operation.code, projectID: operation.projectID, loginURL: operation.loginURL,
                payload: operation.payload, expiresAt: expiresAt, linkToken: operation.linkToken,
                oauth: operation.oauth.map { OAuthRequest(clientID: $0.clientID, scopes: $0.scopes, state: $0.state, redirectURI: $0.redirectURI,
                                                          redirectURIGiven: $0.redirectURIGiven) })
            restored.wrongAttempts = operation.wrongAttempts
            restored.linkFollowed = operation.linkFollowed
            if let previous = latestByPhone[operation.phone] { operations[previous] = nil }
            operations[operation.id] = restored
            latestByPhone[operation.phone] = operation.id
            if let token = operation.linkToken { operationByLinkToken[token] = operation.id }
        }
    }
}
