import NIOCore

/// Notices a client hanging up (its half of the connection closed, or the whole connection), so a fault that keeps
/// the answer waiting can stop: the server allows half-closed connections, so the channel itself stays active.
/// One sits in every connection's pipeline from the start (the hang-up may come before the request is routed).
final class HangUpWatcher: ChannelInboundHandler, RemovableChannelHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    /// Whether the client has hung up; read and written on the channel's event loop only.
    private var hungUp = false

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent { hungUp = true }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        hungUp = true
        context.fireChannelInactive()
    }

    /// Waits `duration` on `channel`, or until the client hangs up (then throws `CancellationError`).
    static func pause(_ duration: Duration, on channel: any Channel) async throws {
        let watcher = try? await channel.pipeline.handler(type: HangUpWatcher.self).get()
        let end = ContinuousClock.now + duration
        while ContinuousClock.now < end {
            let gone = (try? await channel.eventLoop.submit { watcher?.hungUp == true || !channel.isActive }.get()) ?? true
            if gone { throw CancellationError() }
            try await Task.sleep(for: min(.milliseconds(100), end - ContinuousClock.now))
        }
    }
}
