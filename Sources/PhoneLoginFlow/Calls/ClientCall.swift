import PhoneAuth

/// The client call an effect asks for, ready to run: the event it ends with is what the runner reports to the flow.
/// Building one does nothing; the runners (the full screen, the plain prompts) run it as a task of theirs.
public struct ClientCall: Sendable {
    /// The request id it answers (nil: the link poll, of which there is one at a time).
    public let requestID: Int?
    /// Makes the call; never throws: a failure is in the event.
    public let run: @Sendable () async -> FlowEvent

    /// The call for `effect`, or nil when the effect is not a call.
    public init?(_ effect: FlowEffect, client: @escaping @Sendable () async throws(AuthError) -> AuthClient, options: StartAuthOptions) {
        switch effect {
        case .startAuth(let id, let phone):
            requestID = id
            run = { .startFinished(requestID: id, await Self.settle { () async throws(AuthError) in
                try await client().startAuth(phone: phone, options: options)
            }) }
        case .completeAuth(let id, let phone, let operationID, let code):
            requestID = id
            run = { .confirmFinished(requestID: id, await Self.settle { () async throws(AuthError) in
                try await client().completeAuth(phone: phone, operationID: operationID, code: code)
            }) }
        case .pollLink(let phone, let operationID, let deadline):
            requestID = nil
            run = { .linkCodeArrived(operationID: operationID, await Self.settle { () async throws(AuthError) in
                try await client().waitForLinkCode(phone: phone, operationID: operationID, until: deadline)
            }) }
        default:
            return nil
        }
    }

    /// A call's value or its error, as the flow takes it.
    public static func settle<T>(_ call: () async throws(AuthError) -> T) async -> Result<T, AuthError> {
        do {
            return .success(try await call())
        } catch {
            return .failure(error)
        }
    }
}
