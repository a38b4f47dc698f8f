import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Synchronization
import Testing

@Suite("Soak: many clients doing full logins for a while")
struct SoakTests {
    static let clients = 64
    static let duration = Duration.seconds(6)

    /// What one client did.
    struct Tally: Sendable {
        var logins = 0
        var operations: [String] = []
        var subjects: Set<String> = []
        var secondConfirmsAccepted = 0
        var unexpected: [String] = []
    }

    @Test("64 clients for 6 s: no login lost or doubled, no code used twice, no 5xx, the store stays bounded")
    func soak() async throws {
        let configuration = EmulatorConfiguration(
            port: 0, phoneLimit: RateLimit(requests: 1_000_000, window: .seconds(600)), jwtSecret: TestProject.secret, outboxCapacity: 500)
        let emulator = try await EmulatorServer.start(configuration: configuration)
        let peak = Mutex(EmulatorStats(operations: 0, outbox: 0, linkWaiters: 0, rateLimitKeys: 0))
        let rssBefore = Self.residentKiB()
        let started = ContinuousClock.now
        let deadline = started + Self.duration
        let sampler = Task {
            while !Task.isCancelled {
                let now = await emulator.stats()
                peak.withLock { peak in
                    peak.operations = max(peak.operations, now.operations)
                    peak.outbox = max(peak.outbox, now.outbox)
                    peak.rateLimitKeys = max(peak.rateLimitKeys, now.rateLimitKeys)
                }
                try? await Task.sleep(for: .milliseconds(100))
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
        let after = await emulator.stats()
        let rssAfter = Self.residentKiB()
        await emulator.stop()

        let logins = tallies.reduce(0) { $0 + $1.logins }
        let operations = tallies.flatMap(\.operations)
        let unexpected = tallies.flatMap(\.unexpected)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("soak: \(Self.clients) clients, \(String(format: "%.1f", seconds)) s, \(logins) logins "
              + "(\(String(format: "%.0f", Double(logins) / seconds))/s), peak store \(peak.withLock { $0 }), "
              + "after \(after), RSS \(rssBefore) → \(rssAfter) KiB")
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
        #expect(logins >= Self.clients, "every client logged in at least once")
        #expect(Set(operations).count == operations.count, "no operation id handed out twice")
        #expect(operations.count == logins, "every operation started was logged in: none lost")
        #expect(tallies.allSatisfy { $0.secondConfirmsAccepted == 0 }, "no code accepted twice")
        #expect(tallies.allSatisfy { $0.subjects.count == 1 }, "each phone is always the same user")
        #expect(Set(tallies.flatMap(\.subjects)).count == Self.clients)
        let most = peak.withLock { $0 }
        #expect(most.operations <= Self.clients, "at most one live operation per client")
        #expect(most.outbox <= 500 && most.rateLimitKeys <= Self.clients)
        #expect(after.operations == 0, "every operation was used up and dropped")
    }

    /// One client: full logins with its own phone number until `deadline`, each code confirmed twice.
    static func client(_ index: Int, _ emulator: RunningEmulator, until deadline: ContinuousClock.Instant) async -> Tally {
        var tally = Tally()
        let phone = PhoneNumber(validating: "+4915200" + String(format: "%05d", index))!
        do {
            try await AuthClient.with(TestProject.client(emulator.baseURL, requestTimeout: .seconds(30))) { client in
                while ContinuousClock.now < deadline {
                    let operation = try await client.startAuth(phone: phone)
                    tally.operations.append(operation)
                    guard let code = await emulator.code(for: operation) else {
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
                }
            }
        } catch {
            tally.unexpected.append("client \(index): \(error)")
        }
        return tally
    }

    /// This process's resident memory in KiB (Linux), 0 elsewhere.
    static func residentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
