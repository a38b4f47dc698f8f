import NIOCore

/// Notices a client hanging up (its half of the connection closed, or the whole connection), so a fault that keeps
/// the answer waiting can stop at once: the server allows half-closed connections, so the channel itself stays active.
/// One sits in every connection's pipeline from the start (the hang-up may come before the request is routed).
final class HangUpWatcher: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer

    /// One pause waiting for the hang-up; `cancelled` once its pause is over. Touched on the channel's event loop only.
    final class Waiter: @unchecked Sendable {
        let promise: EventLoopPromise<Void>
        var cancelled = false
        init(_ promise: EventLoopPromise<Void>) { self.promise = promise }
    }

    /// When the client hung up, if it has; read and written on the channel's event loop only.
    private var hungUpAt: ContinuousClock.Instant?
    /// The pauses waiting for it; on the event loop only.
    private var waiters: [Waiter] = []
    /// Where a hang-up on a held request is noted.
    private let log: HangUpLog

    /// A watcher noting in `log` each hang-up that finds a request held.
    init(log: HangUpLog) { self.log = log }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent { noteHangUp() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        noteHangUp()
        context.fireChannelInactive()
    }

    private func noteHangUp() {
        guard hungUpAt == nil else { return }
        let now = ContinuousClock.now
        hungUpAt = now
        let waiting = waiters
        waiters = []
        if !waiting.isEmpty { log.note(at: now) }
        waiting.forEach { $0.promise.succeed() }
    }

    /// Registers `waiter` (on the event loop): completed at once if the client has already hung up, failed if its
    /// pause is already over.
    private func wait(_ waiter: Waiter) {
        if waiter.cancelled {
            waiter.promise.fail(CancellationError())
        } else if let hungUpAt {
            // The client hung up before the held request began to wait: noted at the moment it did.
            log.note(at: hungUpAt)
            waiter.promise.succeed()
        } else {
            waiters.append(waiter)
        }
    }

    /// Forgets `waiter` once its pause is over (on the event loop), failing it if the hang-up has not completed it.
    private func forget(_ waiter: Waiter) {
        waiter.cancelled = true
        guard let index = waiters.firstIndex(where: { $0 === waiter }) else { return }
        waiters.remove(at: index)
        waiter.promise.fail(CancellationError())
    }

    /// Waits `duration` on `channel`, or until the client hangs up (then throws `CancellationError` at once: the
    /// hang-up completes the wait, it is not polled for).
    static func pause(_ duration: Duration, on channel: any Channel) async throws {
        guard let watcher = try? await channel.pipeline.handler(type: HangUpWatcher.self).get() else {
            try await Task.sleep(for: duration)
            return
        }
        let loop = channel.eventLoop
        let hungUp = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await Task.sleep(for: duration)
                return false
            }
            group.addTask {
                let waiter = Waiter(loop.makePromise(of: Void.self))
                try await withTaskCancellationHandler {
                    loop.execute { watcher.wait(waiter) }
                    try await waiter.promise.futureResult.get()
                } onCancel: {
                    loop.execute { watcher.forget(waiter) }
                }
                return true
            }
            defer { group.cancelAll() }
            return try await group.next() ?? true
        }
        if hungUp || !channel.isActive { throw CancellationError() }
    }
}
