import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Synchronization
import Testing

extension LongRunningTests {
@Suite("Soak: many clients doing full logins for a while")
struct SoakTests {
    static let clients = 64
    static let duration = Duration.seconds(6)
    /// Above the run's few hundred SMS: a smaller outbox could drop a client's SMS to make room for others' before that
    /// client, slowed by a busy machine, reads it. Its eviction is tested in OutboxTests; here the figures show it holds
    /// every SMS of the run, one per operation, and no more than its capacity.
    static let outboxCapacity = 2_000
    /// A client's pause between two logins: 64 clients keep the emulator busy without starving a 2-core machine.
    static let thinkTime = Duration.seconds(1)

    /// What one client did.
    struct Tally: Sendable {
        var logins = 0
        var operations: [String] = []
        var subjects: Set<String> = []
        var secondConfirmsAccepted = 0
        var unexpected: [String] = []
    }

    /// The largest figures seen while the clients ran.
    struct Peak: Sendable {
        var stats = EmulatorStats(operations: 0, outbox: 0, linkWaiters: 0, rateLimitKeys: 0)
        var mostKiB = 0
    }

    /// The emulator's memory once warm: read when every client has finished its first login (every connection, buffer
    /// and per-phone structure made once), with the logins done by then.
    final class WarmUp: Sendable {
        private let state = Mutex((logins: 0, clientsDone: 0, kiB: 0, loginsThen: 0))

        /// Counts a login (`first`: the client's first), reading `resident()` when it is the last client's first.
        func loggedIn(first: Bool, clients: Int, resident: () -> Int) {
            state.withLock { state in
                state.logins += 1
                guard first else { return }
                state.clientsDone += 1
                if state.clientsDone == clients { (state.kiB, state.loginsThen) = (resident(), state.logins) }
            }
        }

        /// The resident KiB once warm (0 if never) and the logins done by then.
        var figures: (kiB: Int, logins: Int) { state.withLock { ($0.kiB, $0.loginsThen) } }
    }

    /// How much the emulator's resident memory may grow from warm to the end, over the run's remaining 300-odd logins:
    /// the outbox keeps one SMS per login (about 1 KiB each with its text), the rest is the allocator's slack. A leak of
    /// 10 KiB a login (a connection's buffers, an operation never dropped) would cross it.
    static let allowedGrowthKiB = 3 * 1024

    @Test("64 clients for 6 s against `phone-login emulator`: no login lost or doubled, no code used twice, no 5xx, the store bounded")
    func soak() async throws {
        let arguments = ["--phone-limit", "1000000", "--outbox-capacity", "\(Self.outboxCapacity)", "--quiet", "--jwt-secret", TestProject.secret]
        try await EmulatorProcess.with(arguments) { emulator in
            let peak = Mutex(Peak())
            let warm = WarmUp()
            let started = ContinuousClock.now
            let deadline = started + Self.duration
            let sampler = Task {
                while !Task.isCancelled {
                    if let now = try? await emulator.stats() {
                        let resident = emulator.residentKiB
                        peak.withLock { peak in
                            peak.stats.operations = max(peak.stats.operations, now.operations)
                            peak.stats.outbox = max(peak.stats.outbox, now.outbox)
                            peak.stats.rateLimitKeys = max(peak.stats.rateLimitKeys, now.rateLimitKeys)
                            peak.mostKiB = max(peak.mostKiB, resident)
                        }
                    }
                    try? await Task.sleep(for: .milliseconds(200))
                }
            }
            let tallies = await withTaskGroup(of: Tally.self) { group in
                for index in 0..<Self.clients {
                    group.addTask {
                        await Self.client(index, emulator, until: deadline) { first in
                            warm.loggedIn(first: first, clients: Self.clients) { emulator.residentKiB }
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            sampler.cancel()
            let endKiB = emulator.residentKiB
            let warmed = warm.figures
            let elapsed = ContinuousClock.now - started
            let after = try await emulator.stats()
            let figures = peak.withLock { $0 }

            let logins = tallies.reduce(0) { $0 + $1.logins }
            let operations = tallies.flatMap(\.operations)
            let unexpected = tallies.flatMap(\.unexpected)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("soak: \(Self.clients) clients, \(String(format: "%.1f", seconds)) s, \(logins) logins "
                  + "(\(String(format: "%.0f", Double(logins) / seconds))/s), \(unexpected.count) unexpected; peak store: "
                  + "\(figures.stats.operations) operations, \(figures.stats.outbox) SMS, \(figures.stats.rateLimitKeys) limiter keys; "
                  + "after: \(after.operations) operations; emulator RSS \(warmed.kiB) KiB warm (after \(warmed.logins) logins), "
                  + "\(endKiB) KiB at the end (\(logins - warmed.logins) logins later), at most \(figures.mostKiB) KiB")
            #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
            #expect(logins >= Self.clients, "every client logged in at least once")
            #expect(Set(operations).count == operations.count, "no operation id handed out twice")
            #expect(operations.count == logins, "every operation started was logged in: none lost")
            #expect(tallies.allSatisfy { $0.secondConfirmsAccepted == 0 }, "no code accepted twice")
            #expect(tallies.allSatisfy { $0.subjects.count == 1 }, "each phone is always the same user")
            #expect(Set(tallies.flatMap(\.subjects)).count == Self.clients)
            #expect(figures.stats.operations <= Self.clients, "at most one live operation per client")
            #expect(figures.stats.outbox <= Self.outboxCapacity && figures.stats.rateLimitKeys <= Self.clients)
            #expect(after.operations == 0, "every operation was used up and dropped")
            #expect(after.outbox == min(operations.count, Self.outboxCapacity), "the outbox keeps its newest messages only")
            #expect(warmed.kiB > 0 && logins - warmed.logins >= 2 * Self.clients, "warm early enough to leave two rounds of logins")
            #expect(endKiB - warmed.kiB < Self.allowedGrowthKiB,
                    "memory flat: \(endKiB - warmed.kiB) KiB more over \(logins - warmed.logins) logins after warm-up")
        }
    }

    /// One client: full logins with its own phone number until `deadline`, a pause after each; the code read from the outbox; each
    /// code confirmed twice.
    /// `loggedIn` is told of each login, and whether it was the client's first.
    static func client(_ index: Int, _ emulator: EmulatorProcess, until deadline: ContinuousClock.Instant,
                       loggedIn: @Sendable (_ first: Bool) -> Void) async -> Tally {
        var tally = Tally()
        let phone = PhoneNumber(validating: "+4915200" + String(format: "%05d", index))!
        do {
            try await AuthClient.with(TestProject.client(emulator.baseURL, requestTimeout: .seconds(30), connectTimeout: .seconds(10))) { client in
                // Staggered starts; at least one login each, however late a busy machine starts this client.
                try await Task.sleep(for: .milliseconds(index * 10))
                repeat {
                    let operation = try await client.startAuth(phone: phone)
                    tally.operations.append(operation)
                    guard let code = try await emulator.messages(to: phone.e164).last(where: { $0.operationID == operation })?.code else {
                        tally.unexpected.append("no SMS for \(operation)")
                        continue
                    }
                    let result = try await client.completeAuth(phone: phone, operationID: operation, code: code)
                    tally.logins += 1
                    loggedIn(tally.logins == 1)
                    tally.subjects.insert(result.claims.subject)
                    do {
                        _ = try await client.completeAuth(phone: phone, operationID: operation, code: code)
                        tally.secondConfirmsAccepted += 1
                    } catch AuthError.server(let error) where error.status == 404 {
                        // The code was used up: the operation is gone.
                    } catch {
                        tally.unexpected.append("second confirm: \(error)")
                    }
                    try await Task.sleep(for: thinkTime)
                } while ContinuousClock.now < deadline
            }
        } catch {
            tally.unexpected.append("client \(index): \(error)")
        }
        return tally
    }
}
}
