import Foundation
import Hummingbird
import NIOCore

extension EmulatorServer {
    /// `GET/POST /emulator/clock` and `POST /emulator/export`.
    func addStateRoutes(to tester: RouterGroup<EmulatorRequestContext>) {
        tester.get("clock") { _, _ in JSONAnswer(value: self.clockReading) }
        tester.post("clock") { request, _ in
            let body = try await RequestReading.body(request, as: ClockMove.self, limit: self.configuration.maximumBodyBytes)
            do {
                switch (body.advanceSeconds, body.now) {
                case (let seconds?, nil):
                    guard seconds.isFinite, seconds <= ClockMove.maximumAdvance else { throw EmulatorRejection.clockTooFar }
                    try self.clock.advance(by: .milliseconds(Int64((seconds * 1_000).rounded())))
                case (nil, let text?):
                    guard let date = ClockMove.date(text) else { throw EmulatorRejection.invalidField("now", expected: "date-time (ISO 8601)") }
                    try self.clock.set(to: date)
                case (nil, nil): throw EmulatorRejection.missingField("advance_seconds")
                case (_?, _?): throw EmulatorRejection.clockMoveAmbiguous
                }
            } catch let error as EmulatorClockError {
                switch error {
                case .backwards(let seconds): throw EmulatorRejection.clockBackwards(seconds: seconds)
                case .tooFar: throw EmulatorRejection.clockTooFar
                }
            }
            await self.store.clockMoved()
            return JSONAnswer(value: self.clockReading)
        }
        tester.post("export") { _, _ in
            let state = await self.exportState()
            if let path = self.configuration.exportPath {
                do { try EmulatorStateFile.write(state, to: path) } catch let error as EmulatorStateError { throw EmulatorRejection.exportFailed(error.description) }
            }
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(data: EmulatorStateFile.encode(state))))
        }
    }

    /// What `GET /emulator/clock` answers.
    var clockReading: ClockReading {
        ClockReading(now: clock.date.formatted(ClockMove.style), offsetSeconds: clock.offsetSeconds)
    }

    /// The state now (operations included when `exportsOperations`).
    public func exportState() async -> EmulatorState {
        await store.exportState(includingOperations: configuration.exportsOperations)
    }

    /// Writes the state to `exportPath`, when configured.
    public func saveState() async throws(EmulatorStateError) {
        guard let path = configuration.exportPath else { return }
        try EmulatorStateFile.write(await exportState(), to: path)
    }
}
