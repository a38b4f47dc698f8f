import Hummingbird
import NIOCore

/// A response body writer that keeps what is written, to break an answer after the routes made it.
final class CollectingWriter: ResponseBodyWriter {
    /// Everything written so far.
    private(set) var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var part = buffer
        self.buffer.writeBuffer(&part)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
