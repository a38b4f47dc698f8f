import Hummingbird
import NIOCore

/// A Login server on loopback that answers each of a few routes with a fixed status and JSON body (404 elsewhere):
/// a server that lies in one place and is right in the others.
public enum RoutedServer {
    /// One answer: the method, the path under the server's root (Hummingbird's `:name` for a parameter), the status
    /// and the JSON body.
    public struct Route: Sendable {
        let method: HTTPRequest.Method
        let path: String
        let status: Int
        let body: String

        /// An answer for `method path`.
        public init(_ method: HTTPRequest.Method, _ path: String, status: Int = 200, body: String) {
            self.method = method
            self.path = path
            self.status = status
            self.body = body
        }
    }

    /// Starts it on a free loopback port, runs `test` with its base URL (`…/api`), then stops it.
    public static func run<R: Sendable>(_ routes: [Route], _ test: (String) async throws -> R) async throws -> R {
        let router = Router()
        for route in routes {
            router.on(RouterPath(route.path), method: route.method) { _, _ in
                Response(status: .init(code: route.status), headers: [.contentType: "application/json"],
                         body: .init(byteBuffer: ByteBuffer(string: route.body)))
            }
        }
        let (ready, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task { try await application.run() }
        defer { task.cancel() }
        var port = 0
        for await bound in ready { port = bound; break }
        return try await test("http://127.0.0.1:\(port)/api")
    }
}
