import Dispatch
import Foundation

/// Turns the plan's signals into inbox items, whichever thread the kernel delivers them to; ignores the plan's
/// ignored ones; `stop()` gives every one its default action back.
///
/// swift-service-lifecycle's `UnixSignalsSequence` does the same with an async sequence, but has no SIGTSTP (plain
/// mode must restore the echo before it stops) and leaves the default action in place on Linux, so this keeps its own
/// dispatch sources.
final class SignalBridge: @unchecked Sendable {
    private let plan: SignalPlan
    private let sources: [any DispatchSourceSignal]

    init<Message>(_ plan: SignalPlan, inbox: RuntimeInbox<Message>) {
        self.plan = plan
        plan.ignored.forEach { signal($0, SIG_IGN) }
        sources = plan.handled.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { inbox.post(.signal(number)) }
            source.resume()
            return source
        }
    }

    /// Stops answering: the default actions come back.
    func stop() {
        sources.forEach { $0.cancel() }
        (plan.handled + plan.ignored).forEach { signal($0, SIG_DFL) }
    }
}
