import Foundation
import Hummingbird
import NIOCore

/// The request context of the emulator's routes: Hummingbird's basics plus the client's address and connection.
struct EmulatorRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's socket address, for the optional per-address limit.
    let remoteAddress: SocketAddress?
    /// The client's connection, for the faults that break it.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.channel = source.channel
    }

    /// The encoder of every JSON answer: keys sorted, slashes unescaped (URLs stay readable), one for all requests.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Encodes the routes' `JSONAnswer`s.
    var responseEncoder: JSONEncoder { Self.encoder }
}
