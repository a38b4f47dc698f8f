import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PhoneAuthModel
import PhoneLoginRuntime
import PhoneLoginTestSupport
import Synchronization
import Testing

/// The loop in process: it sleeps in poll and wakes for an inbox item, its wake-up time or its input, and for
/// nothing else; signals arrive as items; the background work is waited for after the program has stopped.
@Suite("The runtime's loop: wake-ups, signals, background work")
struct RuntimeWakeUpTests {
    /// A runtime whose service is never asked for.
    static func runtime() -> Runtime<String> {
        Runtime(services: ServiceSource { throw CancellationError() }, options: StartAuthOptions())
    }

    /// Waits until the program has started (its first frame would be up): the loop is about to sleep.
    static func started(_ log: ProbeLog) async -> ContinuousClock.Instant? {
        _ = await Polling.until(within: .seconds(30), every: .milliseconds(5)) { log.started != nil }
        return log.started
    }

    @Test("an item posted from another thread wakes the sleeping loop at once; nothing wakes it before")
    func inboxWakes() async throws {
        let log = ProbeLog()
        let runtime = Self.runtime()
        let posted = Mutex<ContinuousClock.Instant?>(nil)
        let poster = Task {
            _ = await Self.started(log)
            // Time for a loop that wakes without cause to show it; the check waits on the post, not on this pause.
            try? await Task.sleep(for: .milliseconds(300))
            posted.withLock { $0 = .now }
            runtime.post("hello")
        }
        let outcome = await runtime.run(signals: SignalPlan(handled: []), threadName: "probe") {
            ProbeProgram(log: log) { state, moment, _ in
                if moment.items.contains(where: { if case .message("hello") = $0 { true } else { false } }) { state.outcome = .stoppedByAdminKey }
            }
        }
        await poster.value
        #expect(outcome == .stoppedByAdminKey)
        let steps = log.steps
        #expect(steps.count == 1, "one step, the item's: \(steps.map(\.messages))")
        let step = try #require(steps.first)
        #expect(step.messages == ["hello"] && !step.inputReady)
        let sent = try #require(posted.withLock { $0 })
        // Not the idle minute: a loop deaf to its inbox would sleep 60 s.
        #expect(step.now - sent < .seconds(5), "woke \(step.now - sent) after the post")
        #expect(log.stopped)
    }

    @Test("the program's wake-up times wake it, never early, each in turn")
    func timerWakes() async throws {
        let log = ProbeLog()
        let asked = Mutex<[ContinuousClock.Instant]>([])
        let outcome = await Self.runtime().run(signals: SignalPlan(handled: []), threadName: "probe") {
            ProbeProgram(log: log, onStart: { state, _, now in
                state.wakeAt = now + .milliseconds(50)
                asked.withLock { $0.append(now + .milliseconds(50)) }
            }, onStep: { state, moment, _ in
                if asked.withLock({ $0.count }) < 3 {
                    state.wakeAt = moment.now + .milliseconds(30)
                    asked.withLock { $0.append(moment.now + .milliseconds(30)) }
                } else {
                    state.outcome = .stoppedByAdminKey
                }
            })
        }
        #expect(outcome == .stoppedByAdminKey)
        let steps = log.steps, wanted = asked.withLock { $0 }
        #expect(steps.count == 3, "one step per wake-up: \(steps.map(\.after))")
        for (step, time) in zip(steps, wanted) {
            #expect(step.now >= time, "woken \(time - step.now) early")
            #expect(step.items.isEmpty && !step.inputReady, "a wake-up of the time alone")
        }
    }

    @Test("readable input wakes the loop with inputReady; the program reads it")
    func inputWakes() async throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        defer { ends.forEach { close($0) } }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        let log = ProbeLog()
        let writer = Task {
            _ = await Self.started(log)
            var byte: UInt8 = 0x41
            _ = write(writeEnd, &byte, 1)
        }
        let received = Mutex<[UInt8]>([])
        let outcome = await Self.runtime().run(signals: SignalPlan(handled: []), threadName: "probe") {
            ProbeProgram(log: log, onStart: { state, _, _ in state.input = readEnd }, onStep: { state, moment, _ in
                guard moment.inputReady else { return }
                var byte: UInt8 = 0
                if Glibc.read(readEnd, &byte, 1) == 1 { received.withLock { $0.append(byte) } }
                state.outcome = .endOfInput(standing: nil)
            })
        }
        await writer.value
        #expect(outcome == .endOfInput(standing: nil))
        #expect(received.withLock { $0 } == [0x41])
        #expect(log.steps.count == 1 && log.steps.first?.inputReady == true, "\(log.steps.map(\.inputReady))")
    }

    @Test("a handled signal arrives as an item, and the program's answer is the outcome", arguments: [SIGUSR1, SIGUSR2])
    func signalToOutcome(_ number: Int32) async throws {
        let log = ProbeLog()
        let sender = Task {
            // The bridge is in place before the loop starts; the signal goes once the program has started.
            _ = await Self.started(log)
            kill(getpid(), number)
        }
        let outcome = await Self.runtime().run(signals: SignalPlan(handled: [number]), threadName: "probe") {
            ProbeProgram(log: log) { state, moment, _ in
                if let signal = moment.items.lazy.compactMap({ if case .signal(let n) = $0 { n } else { nil } }).first {
                    state.outcome = .signalled(signal)
                }
            }
        }
        await sender.value
        #expect(outcome == .signalled(number))
        #expect(log.steps.flatMap(\.signals) == [number], "the signal once, as an item")
    }

    @Test("background work is waited for, after the program has stopped")
    func backgroundWaited() async throws {
        let log = ProbeLog()
        let finished = Mutex<(done: Bool, stoppedFirst: Bool)>((false, false))
        let outcome = await Self.runtime().run(signals: SignalPlan(handled: []), threadName: "probe") {
            ProbeProgram(log: log, onStart: { state, runtime, _ in
                runtime.spawn {
                    // Held until the program has stopped: the runtime must still wait for it.
                    _ = await Polling.until(within: .seconds(30), every: .milliseconds(5)) { log.stopped }
                    finished.withLock { $0 = (true, log.stopped) }
                    return "handed over"
                }
                state.outcome = .stoppedByAdminKey
            }, onStep: { _, _, _ in })
        }
        #expect(outcome == .stoppedByAdminKey)
        let seen = finished.withLock { $0 }
        #expect(seen.done, "run returned only after the background work")
        #expect(seen.stoppedFirst, "the program stopped (the terminal restored) before the wait")
        #expect(log.steps.isEmpty, "an outcome at the start: no step")
    }
}
