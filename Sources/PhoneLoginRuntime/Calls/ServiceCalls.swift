import PhoneAuthModel
import PhoneLoginFlow

/// The calls a program has under way: a task per request and the one link poll, each posting its event to the inbox.
/// The effects about calls (a call, a cancellation, stopping the poll, a demo tap) are carried out here, so every
/// front-end treats them alike.
struct ServiceCalls {
    private var requests: [Int: Task<Void, Never>] = [:]
    private var linkPoll: Task<Void, Never>?

    /// Carries out `effect` if it is about calls and says whether it was. A request's answer is posted even after its
    /// cancellation (the flow knows it is stale); a cancelled link poll posts nothing.
    mutating func perform<Message>(_ effect: FlowEffect, source: ServiceSource, options: StartAuthOptions,
                                   tapLink: (@Sendable (String) async -> Void)?, inbox: RuntimeInbox<Message>) -> Bool {
        if let call = ServiceCall(effect, source: source, options: options) {
            if let id = call.requestID {
                requests[id] = Task { inbox.post(.flow(await call.run())) }
            } else {
                linkPoll?.cancel()
                linkPoll = Task {
                    let event = await call.run()
                    if !Task.isCancelled { inbox.post(.flow(event)) }
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

    /// Cancels every call still under way (the program is ending).
    mutating func cancelAll() {
        requests.values.forEach { $0.cancel() }
        requests = [:]
        linkPoll?.cancel()
        linkPoll = nil
    }
}
