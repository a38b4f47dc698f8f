import PhoneAuth
import PhoneLoginFlow

/// The client calls a flow asks for, run as tasks that post their answers to the app's inbox.
struct FlowCalls {
    let app: FullScreenApp
    private var tasks = CallTasks()

    init(app: FullScreenApp) {
        self.app = app
    }

    /// Carries out a call, a cancellation, a link poll or a tap; the loop's own effects (wake, loggedIn, finish) are ignored.
    mutating func perform(_ effect: FlowEffect) {
        let clients = app.clients, inbox = app.inbox
        _ = tasks.perform(effect, client: { () async throws(AuthError) in try await clients.client() },
                          options: app.configuration.startOptions, tapLink: app.configuration.tapLink,
                          post: { inbox.post(.flow($0)) })
    }

    /// Cancels every call still running (the loop is ending).
    mutating func cancelAll() {
        tasks.cancelAll()
    }
}
