import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Runs clients that each sign in again and again: start, the code from the outbox, confirm.
final class LoadGenerator: Sendable {
    private let http: HTTPClient
    private let root: String
    private let projectID: String
    private let target: LoadTarget

    /// A generator whose connection pool holds one connection per client.
    init(root: String, projectID: String, target: LoadTarget, maximumClients: Int) {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: maximumClients)
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(10))
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.root = root
        self.projectID = projectID
        self.target = target
    }

    /// Stops the HTTP client.
    func shutdown() throws { try http.syncShutdown() }

    /// One run: `clients` loops for a one-second warm-up plus `seconds`; only the measured window counts.
    func run(clients: Int, seconds: Double, runIndex: Int) async throws -> LoadReport {
        let clock = ContinuousClock()
        let measureFrom = clock.now + .seconds(1)
        let measureUntil = measureFrom + .milliseconds(Int(seconds * 1_000))
        let results = await withTaskGroup(of: ClientTally.self) { group in
            for client in 0..<clients {
                group.addTask { await self.client(client, runIndex: runIndex, from: measureFrom, until: measureUntil) }
            }
            var total = ClientTally()
            for await tally in group { total.merge(tally) }
            return total
        }
        return LoadReport(clients: clients, seconds: seconds, logins: results.logins, errors: results.errors,
                          firstError: results.firstError, latencies: results.latencies)
    }

    private func client(_ index: Int, runIndex: Int, from: ContinuousClock.Instant, until: ContinuousClock.Instant) async -> ClientTally {
        var tally = ClientTally()
        var counter = 0
        let clock = ContinuousClock()
        while clock.now < until {
            counter += 1
            let phone = String(format: "+4917%d%03d%06d", runIndex % 10, index % 1_000, counter % 1_000_000)
            let began = clock.now
            let measured = began >= from
            do {
                let login = try await signIn(phone: phone)
                if measured, clock.now <= until {
                    tally.logins += 1
                    tally.latencies.append(login.start)
                    tally.latencies.append(login.confirm)
                }
            } catch {
                if measured {
                    tally.errors += 1
                    if tally.firstError == nil { tally.firstError = String(describing: error) }
                }
            }
        }
        return tally
    }

    /// Start, outbox, confirm; the latencies of start and confirm in seconds.
    private func signIn(phone: String) async throws -> (start: Double, confirm: Double) {
        let clock = ContinuousClock()
        let query = "?projectId=\(projectID)"
        var begin = clock.now
        let started = try await send(.POST, "\(root)/api/login/phone/request\(query)", body: #"{"phone_number":"\#(phone)"}"#)
        let startLatency = (clock.now - begin).seconds
        guard let operation = JSONField.lastString("operation_id", in: started) else { throw LoadFailure.unexpected("start", started) }

        let encodedPhone = phone.replacingOccurrences(of: "+", with: "%2B")
        let outbox = try await send(.GET, "\(root)/emulator/sms?phone_number=\(encodedPhone)", body: nil)
        guard let code = JSONField.lastString("code", in: outbox) else { throw LoadFailure.unexpected("outbox", outbox) }

        begin = clock.now
        let body = #"{"code":"\#(code)","operation_id":"\#(operation)","phone_number":"\#(phone)"}"#
        let confirmed = try await send(.POST, "\(root)/api/login/phone/confirm\(query)", body: body)
        let confirmLatency = (clock.now - begin).seconds
        guard confirmed.contains("login_url") else { throw LoadFailure.unexpected("confirm", confirmed) }
        return (startLatency, confirmLatency)
    }

    private func send(_ method: HTTPMethod, _ url: String, body: String?) async throws -> String {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await http.execute(request, timeout: .seconds(10))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        let text = String(buffer: bytes)
        guard response.status == .ok else { throw LoadFailure.status(Int(response.status.code), text) }
        return text
    }
}
