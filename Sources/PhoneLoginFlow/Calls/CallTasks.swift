import PhoneAuth

/// The client calls a runner (the full screen, the plain prompts) has under way: a task per request and the one link
/// poll, each reporting its event through `post`. The effects about calls (a call, a cancellation, stopping the poll,
/// a demo tap) are carried out here, so both runners treat them alike.
public struct CallTasks {
    private var requests: [Int: Task<Void, Never>] = [:]
    private var linkPoll: Task<Void, Never>?

    /// No calls under way.
    public init() {}

    /// Carries out `effect` if it is about calls and says whether it was. A request's answer is posted even after its
    /// cancellation (the flow knows it is stale); a cancelled link poll posts nothing.
    public mutating func perform(_ effect: FlowEffect, client: @escaping @Sendable () async throws(AuthError) -> AuthClient,
                                 options: StartAuthOptions, tapLink: (@Sendable (String) async -> Void)?,
                                 post: @escaping @Sendable (FlowEvent) -> Void) -> Bool {
        if let call = ClientCall(effect, client: client, options: options) {
            if let id = call.requestID {
                requests[id] = Task { post(await call.run()) }
            } else {
                linkPoll?.cancel()
                linkPoll = Task {
                    let event = await call.run()
                    if !Task.isCancelled { post(event) }
                }
            }
            return true
        }
        switch effect {
        case .cancelRequest(let id):
            requests.removeValue(forKey: id)?.cancel()
        case .stopLinkPoll:
            linkPoll?.cancel()
            linkPoll = nil
        case .tapLink(let operationID):
            if let tapLink { Task { await tapLink(operationID) } }
        default:
            return false
        }
        return true
    }

    /// Cancels every call still under way (the runner is ending).
    public mutating func cancelAll() {
        requests.values.forEach { $0.cancel() }
        requests = [:]
        linkPoll?.cancel()
        linkPoll = nil
    }
}
