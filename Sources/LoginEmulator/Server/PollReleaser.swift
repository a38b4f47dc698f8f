import ServiceLifecycle

/// Releases every waiting `/otc/code` poll when shutdown begins, so graceful shutdown does not wait 20 s for them.
struct PollReleaser: Service {
    let store: EmulatorStore

    func run() async throws {
        try? await gracefulShutdown()
        await store.close()
    }
}
