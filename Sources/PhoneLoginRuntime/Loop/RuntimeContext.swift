import PhoneAuthModel
import PhoneLoginFlow

/// What a program reaches the world through while it runs, on the loop's thread: the flow's calls, the inbox, and the
/// background work (a kiosk's hand-offs) the runtime waits for before it returns.
public final class RuntimeContext<Message: Sendable> {
    /// The inbox the program's own background work posts to.
    public let inbox: RuntimeInbox<Message>
    /// The service, for `begin()` once the first frame is drawn.
    public let services: ServiceSource
    private let options: StartAuthOptions
    private let tapLink: (@Sendable (String) async -> Void)?
    private var calls = ServiceCalls()
    private(set) var background: [Task<Void, Never>] = []

    init(inbox: RuntimeInbox<Message>, services: ServiceSource, options: StartAuthOptions, tapLink: (@Sendable (String) async -> Void)?) {
        self.inbox = inbox
        self.services = services
        self.options = options
        self.tapLink = tapLink
    }

    /// Carries out a flow effect that is a call, a cancellation, a link poll or a tap; says whether it was one.
    @discardableResult
    public func perform(_ effect: FlowEffect) -> Bool {
        calls.perform(effect, source: services, options: options, tapLink: tapLink, inbox: inbox)
    }

    /// Runs `work` in the background and posts what it returns; the runtime waits for it before it returns.
    public func spawn(_ work: @escaping @Sendable () async -> Message) {
        let inbox = self.inbox
        background.append(Task { inbox.post(.message(await work())) })
    }

    /// Cancels the calls still under way (the program is over).
    func cancelCalls() {
        calls.cancelAll()
    }
}
