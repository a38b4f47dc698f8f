import Hummingbird
import NIOCore

/// A server that answers every request with one fixed status, headers and body: a lying or broken Login server.
public enum ScriptedServer {
    /// Starts it on a free loopback port, runs `body` with its base URL (`…/api`), then stops it.
    public static func run<R: Sendable>(
        status: Int, body: String, headers: HTTPFields = [.contentType: "application/json"],
        _ test: (String) async throws -> R
    ) async throws -> R {
        let router = Router()
        let responseBody = body
        router.on("**", method: .post) { _, _ in make(status, headers, responseBody) }
        router.on("**", method: .get) { _, _ in make(status, headers, responseBody) }
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task { try await application.run() }
        var port = 0
        for await bound in ready { port = bound; break }
        defer { task.cancel() }
        return try await test("http://127.0.0.1:\(port)/api")
    }

    private static func make(_ status: Int, _ headers: HTTPFields, _ body: String) -> Response {
        Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
