import PhoneLoginRuntime

/// A program for the runtime's tests: it logs every moment and leaves what to do to the test's closures, which get
/// its state (input, wake-up, outcome) to change and the runtime's context to act through.
struct ProbeProgram: RuntimeProgram {
    typealias Message = String

    /// What the runtime reads from the program between steps.
    struct State {
        var input: Int32?
        var wakeAt: ContinuousClock.Instant?
        var outcome: RunOutcome?
    }

    var state = State()
    let log: ProbeLog
    var onStart: (inout State, RuntimeContext<String>, ContinuousClock.Instant) -> Void = { _, _, _ in }
    var onStep: (inout State, RuntimeMoment<String>, RuntimeContext<String>) -> Void

    var inputDescriptor: Int32? { state.input }
    var wakeAt: ContinuousClock.Instant? { state.wakeAt }
    var outcome: RunOutcome? { state.outcome }

    mutating func start(_ runtime: RuntimeContext<String>, at now: ContinuousClock.Instant) {
        log.start(at: now)
        onStart(&state, runtime, now)
    }

    mutating func step(_ moment: RuntimeMoment<String>, _ runtime: RuntimeContext<String>) {
        log.record(moment)
        onStep(&state, moment, runtime)
    }

    mutating func stop() {
        log.stop()
    }
}
