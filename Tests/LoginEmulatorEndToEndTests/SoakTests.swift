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
        var warmKiB = 0
        var mostKiB = 0
    }

    @Test("64 clients for 6 s against `phone-login emulator`: no login lost or doubled, no code used twice, no 5xx, the store bounded")
    func soak() async throws {
        let arguments = ["--phone-limit", "1000000", "--outbox-capacity", "\(Self.outboxCapacity)", "--quiet", "--jwt-secret", TestProject.secret]
        try await EmulatorProcess.with(arguments) { emulator in
            let peak = Mutex(Peak())
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
                            if peak.warmKiB == 0, ContinuousClock.now - started > .seconds(1) { peak.warmKiB = resident }
                            peak.mostKiB = max(peak.mostKiB, resident)
                        }
                    }
                    try? await Task.sleep(for: .milliseconds(200))
                }
            }
            let tallies = await withTaskGroup(of: Tally.self) { group in
                for index in 0..<Self.clients {
                    group.addTask { await Self.client(index, emulator, until: deadline) }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            sampler.cancel()
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
                  + "after: \(after.operations) operations; emulator RSS \(figures.warmKiB) KiB at 1 s, at most \(figures.mostKiB) KiB")
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
            #expect(figures.mostKiB - figures.warmKiB < 100 * 1024, "memory flat: no growth with the number of logins")
        }
    }

    /// One client: full logins with its own phone number until `deadline`, a pause after each; the code read from the outbox; each
    /// code confirmed twice.
    static func client(_ index: Int, _ emulator: EmulatorProcess, until deadline: ContinuousClock.Instant) async -> Tally {
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
