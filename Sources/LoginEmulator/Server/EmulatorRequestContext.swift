import Foundation
import Hummingbird
import NIOCore

/// The request context of the emulator's routes: Hummingbird's basics plus the client's address and connection.
package struct EmulatorRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's own part: logger, parameters, endpoint path.
    package var coreContext: CoreRequestContextStorage
    /// The client's socket address, for the optional per-address limit.
    package let remoteAddress: SocketAddress?
    /// The client's connection, for the faults that break it.
    package let channel: any Channel

    /// The context of a request that came in on `source`'s channel.
    package init(source: ApplicationRequestContextSource) {
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
    package var responseEncoder: JSONEncoder { Self.encoder }
}
