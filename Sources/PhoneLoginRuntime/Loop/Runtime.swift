import Foundation
import PhoneAuthModel

/// The one runtime under every front-end: runs a program on a thread of its own, sleeping in `poll` until its input,
/// an inbox item (an answer, a message, a signal) or its next wake-up; carries out the flow's calls on the service;
/// bridges signals; and ends in one order: the program restores the terminal, the calls are cancelled, the signals get
/// their default actions back, the background work is waited for.
public final class Runtime<Message: Sendable>: Sendable {
    /// Where other threads post to the running program.
    public let inbox = RuntimeInbox<Message>()
    private let services: ServiceSource
    private let options: StartAuthOptions
    private let tapLink: (@Sendable (String) async -> Void)?

    /// The longest sleep when nothing is scheduled.
    static var idleWait: Duration { .seconds(60) }

    /// A runtime whose calls go to `services`, with `options` on every start and `tapLink` for demo mode's link.
    public init(services: ServiceSource, options: StartAuthOptions, tapLink: (@Sendable (String) async -> Void)? = nil) {
        self.services = services
        self.options = options
        self.tapLink = tapLink
    }

    /// Posts a front-end message (callable from any thread, before or during `run`).
    public func post(_ message: Message) {
        inbox.post(.message(message))
    }

    /// Makes the program on the loop's thread (`make` may open the terminal, and throw when there is none), runs it to
    /// its outcome, and ends as described above.
    public func run<Program: RuntimeProgram, Failure: Error>(
        signals plan: SignalPlan, threadName: String, _ make: @escaping @Sendable () throws(Failure) -> Program
    ) async throws(Failure) -> RunOutcome where Program.Message == Message {
        let signals = SignalBridge(plan, inbox: inbox)
        defer { signals.stop() }
        let ran = await onThread(named: threadName) { [self] () -> Result<(RunOutcome, [Task<Void, Never>]), Failure> in
            let context = RuntimeContext(inbox: inbox, services: services, options: options, tapLink: tapLink)
            var program: Program
            do throws(Failure) {
                program = try make()
            } catch {
                return .failure(error)
            }
            let outcome = Self.loop(&program, context)
            program.stop()
            context.cancelCalls()
            return .success((outcome, context.background))
        }
        let (outcome, background) = try ran.get()
        for task in background { await task.value }
        return outcome
    }

    /// Steps the program until it has an outcome.
    static func loop<Program: RuntimeProgram>(_ program: inout Program, _ context: RuntimeContext<Message>) -> RunOutcome
    where Program.Message == Message {
        program.start(context, at: .now)
        while program.outcome == nil {
            let input = program.inputDescriptor
            let ready = wait(for: input, inbox: context.inbox, until: program.hasWorkNow ? .now : program.wakeAt)
            let moment = RuntimeMoment(now: .now, items: ready.inbox ? context.inbox.take() : [], inputReady: input != nil && ready.input)
            program.step(moment, context)
        }
        return program.outcome!
    }

    /// Sleeps in poll until the input, an inbox item, or `deadline` (a minute at most); says which has something (or an
    /// error) to read. Interrupted by a signal, it says both, so each is looked at.
    static func wait(for input: Int32?, inbox: RuntimeInbox<Message>, until deadline: ContinuousClock.Instant?) -> (input: Bool, inbox: Bool) {
        var wait = idleWait
        if let deadline { wait = min(wait, deadline - .now) }
        let milliseconds = Int32(max(0, (wait / .milliseconds(1)).rounded(.up)))
        var descriptors = [pollfd(fd: inbox.readDescriptor, events: Int16(POLLIN), revents: 0)]
        if let input { descriptors.append(pollfd(fd: input, events: Int16(POLLIN), revents: 0)) }
        guard poll(&descriptors, nfds_t(descriptors.count), milliseconds) >= 0 else { return (true, true) }
        return (descriptors.count > 1 && descriptors[1].revents != 0, descriptors[0].revents != 0)
    }

    /// Runs `body` on a thread of its own (the loop blocks in poll; it must not hold a concurrency thread).
    private func onThread<T: Sendable>(named name: String, _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DetachedThread.start(named: name) {
                continuation.resume(returning: body())
            }
        }
    }
}
