import PhoneAuthModel
import PhoneLoginFlow

/// The service call an effect asks for, ready to run: the event it ends with is what the runtime reports to the flow.
/// Building one does nothing; `ServiceCalls` runs it as a task.
struct ServiceCall: Sendable {
    /// The request id it answers (nil: the link poll, of which there is one at a time).
    let requestID: Int?
    /// Makes the call; never throws: a failure is in the event.
    let run: @Sendable () async -> FlowEvent

    /// The call for `effect`, or nil when the effect is not a call.
    init?(_ effect: FlowEffect, source: ServiceSource, options: StartAuthOptions) {
        switch effect {
        case .startAuth(let id, let phone):
            requestID = id
            run = { .startFinished(requestID: id, await Self.settle { () async throws(AuthError) in
                try await source.service().startAuth(phone: phone, options: options)
            }) }
        case .completeAuth(let id, let phone, let operationID, let code):
            requestID = id
            run = { .confirmFinished(requestID: id, await Self.settle { () async throws(AuthError) in
                try await source.service().completeAuth(phone: phone, operationID: operationID, code: code)
            }) }
        case .pollLink(let phone, let operationID, let deadline):
            requestID = nil
            run = { .linkCodeArrived(operationID: operationID, await Self.settle { () async throws(AuthError) in
                try await source.service().waitForLinkCode(phone: phone, operationID: operationID, until: deadline)
            }) }
        default:
            return nil
        }
    }

    /// A call's value or its error, as the flow takes it.
    static func settle<T>(_ call: () async throws(AuthError) -> T) async -> Result<T, AuthError> {
        do {
            return .success(try await call())
        } catch {
            return .failure(error)
        }
    }
}
