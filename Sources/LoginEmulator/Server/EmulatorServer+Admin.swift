import Foundation
import Hummingbird
import NIOCore

extension EmulatorServer {
    /// The tester's control endpoints: faults, reset, stats and the API document.
    func addAdminRoutes(to tester: RouterGroup<EmulatorRequestContext>) {
        tester.post("faults") { request, _ in
            let buffer: ByteBuffer
            do { buffer = try await request.body.collect(upTo: self.configuration.maximumBodyBytes) } catch {
                throw EmulatorRejection.bodyTooLarge(limit: self.configuration.maximumBodyBytes)
            }
            let fault: InjectedFault
            do { fault = try InjectedFault(parsing: String(buffer: buffer)) } catch let error as FaultSyntaxError {
                throw EmulatorRejection.invalidFault(error.description)
            }
            await self.faults.add(fault)
            return JSONAnswer(status: .created, value: await self.faults.all)
        }
        tester.get("faults") { _, _ in JSONAnswer(value: await self.faults.all) }
        tester.delete("faults") { _, _ in
            await self.faults.clear()
            return Response(status: .noContent)
        }
        tester.post("reset") { _, _ in
            await self.reset()
            return Response(status: .noContent)
        }
        tester.get("stats") { _, _ in JSONAnswer(value: await self.stats()) }
        addStateRoutes(to: tester)
        tester.get("openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: PackageResources.openapi_yaml)))
        }
    }

    /// Clears operations, rate limits, the outbox and the faults: a clean start for the next test.
    func reset() async {
        await store.reset()
        await faults.clear()
        await faults.resetCounts()
    }

    /// What the emulator holds now, faults included.
    func stats() async -> EmulatorStats {
        var stats = await store.stats
        stats.pendingFaults = await faults.all.reduce(0) { $0 + $1.count }
        stats.faultsTaken = await faults.taken
        stats.abandonedRequests = await faults.abandoned
        return stats
    }
}
