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
        let clients = app.clients, inbox = app.inbox, options = app.configuration.startOptions
        switch effect {
        case .startAuth(let id, let phone):
            requests[id] = Task {
                let result = await callResult { () async throws(AuthError) in try await clients.client().startAuth(phone: phone, options: options) }
                inbox.post(.flow(.startFinished(requestID: id, result)))
            }
        case .completeAuth(let id, let phone, let operationID, let code):
            requests[id] = Task {
                let result = await callResult { () async throws(AuthError) in
                    try await clients.client().completeAuth(phone: phone, operationID: operationID, code: code)
                }
                inbox.post(.flow(.confirmFinished(requestID: id, result)))
            }
        case .cancelRequest(let id):
            requests.removeValue(forKey: id)?.cancel()
        case .pollLink(let phone, let operationID, let deadline):
            linkPoll?.cancel()
            linkPoll = Task {
                let result = await callResult { () async throws(AuthError) in
                    try await clients.client().waitForLinkCode(phone: phone, operationID: operationID, until: deadline)
                }
                if !Task.isCancelled { inbox.post(.flow(.linkCodeArrived(operationID: operationID, result))) }
            }
        case .stopLinkPoll:
            linkPoll?.cancel()
            linkPoll = nil
        case .tapLink(let operationID):
            if let tap = app.configuration.tapLink { Task { await tap(operationID) } }
        case .wake, .loggedIn, .finish:
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

/// A client call's value or its error, as a `Result` for the flow.
func callResult<T>(_ call: () async throws(AuthError) -> T) async -> Result<T, AuthError> {
    do {
        return .success(try await call())
    } catch {
        return .failure(error)
    }
}
