import PhoneLoginFlow
import PhoneLoginRuntime
import Synchronization

/// What a `ProbeProgram` saw, written on the loop's thread and read by the test: each step's moment (how long after
/// the start, the items, whether the input was ready), and whether it was stopped.
final class ProbeLog: Sendable {
    /// One step, as the program saw it.
    struct Step: Sendable {
        let after: Duration
        let now: ContinuousClock.Instant
        let items: [RuntimeItem<String>]
        let inputReady: Bool

        /// The front-end messages among the items.
        var messages: [String] { items.compactMap { if case .message(let text) = $0 { text } else { nil } } }
        /// The signals among the items.
        var signals: [Int32] { items.compactMap { if case .signal(let number) = $0 { number } else { nil } } }
        /// The flow events among the items.
        var events: [FlowEvent] { items.compactMap { if case .flow(let event) = $0 { event } else { nil } } }
    }

    private let state = Mutex((started: ContinuousClock.Instant?.none, steps: [Step](), stopped: false))

    /// The start, the steps and the stop, in the order they came.
    var started: ContinuousClock.Instant? { state.withLock { $0.started } }
    var steps: [Step] { state.withLock { $0.steps } }
    var stopped: Bool { state.withLock { $0.stopped } }

    func start(at now: ContinuousClock.Instant) { state.withLock { $0.started = now } }

    func record(_ moment: RuntimeMoment<String>) {
        state.withLock { state in
            state.steps.append(Step(after: moment.now - (state.started ?? moment.now), now: moment.now, items: moment.items,
                                    inputReady: moment.inputReady))
        }
    }

    func stop() { state.withLock { $0.stopped = true } }
}
