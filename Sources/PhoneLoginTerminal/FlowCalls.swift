import Foundation
import PhoneAuth
import PhoneLoginFlow

/// The client calls a flow asks for, run as tasks that post their answers to the inbox.
struct FlowCalls {
    let app: FullScreenApp
    private var requests: [Int: Task<Void, Never>] = [:]
    private var linkPoll: Task<Void, Never>?

    init(app: FullScreenApp) {
        self.app = app
    }

    /// Carries out a call, a cancellation, a link poll or a tap; the loop's own effects (wake, loggedIn, finish) are ignored.
    mutating func perform(_ effect: FlowEffect) {
        let clients = app.clients, inbox = app.inbox
        if let call = ClientCall(effect, client: { () async throws(AuthError) in try await clients.client() }, options: app.configuration.startOptions) {
            if let id = call.requestID {
                // An answer to a cancelled request is still posted: the flow knows it is stale.
                requests[id] = Task { inbox.post(.flow(await call.run())) }
            } else {
                linkPoll?.cancel()
                linkPoll = Task {
                    let event = await call.run()
                    if !Task.isCancelled { inbox.post(.flow(event)) }
                }
            }
            return
        }
        switch effect {
        case .cancelRequest(let id):
            requests.removeValue(forKey: id)?.cancel()
        case .stopLinkPoll:
            linkPoll?.cancel()
            linkPoll = nil
        case .tapLink(let operationID):
            if let tap = app.configuration.tapLink { Task { await tap(operationID) } }
        default:
            break
        }
    }

    /// Cancels every call still running (the loop is ending).
    mutating func cancelAll() {
        requests.values.forEach { $0.cancel() }
        requests = [:]
        linkPoll?.cancel()
        linkPoll = nil
    }
}
