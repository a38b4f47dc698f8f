import NIOCore
import NIOPosix
import NIOSSL

/// A loopback server that presents a self-signed certificate (which no client trusts) in a real TLS handshake.
/// It speaks no HTTP: a client that checks certificates never gets that far.
public final class SelfSignedTLSServer: Sendable {
    /// The port it listens on.
    public let port: Int
    private let channel: any Channel

    private init(port: Int, channel: any Channel) {
        self.port = port
        self.channel = channel
    }

    /// Starts listening on a free loopback port.
    public static func start() async throws -> SelfSignedTLSServer {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(certificatePEM.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(privateKeyPEM.utf8), format: .pem)))
        let context = try NIOSSLContext(configuration: configuration)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return SelfSignedTLSServer(port: channel.localAddress?.port ?? 0, channel: channel)
    }

    /// Stops listening.
    public func stop() async {
        try? await channel.close()
    }

    /// Runs `body` with the port of a running server, and stops it afterwards.
    public static func run<R: Sendable>(_ body: (Int) async throws -> R) async throws -> R {
        let server = try await start()
        do {
            let result = try await body(server.port)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
