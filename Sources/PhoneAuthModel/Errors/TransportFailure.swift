/// Why a request got no answer from the server.
public enum TransportFailure: Hashable, Sendable {
    /// Nothing listens at the address (connection refused).
    case connectionRefused
    /// The host name could not be resolved.
    case hostNotFound
    /// Connecting took longer than the connect timeout.
    case connectTimeout
    /// The whole request took longer than the request timeout.
    case requestTimeout
    /// The TLS handshake failed (certificate, protocol); carries a short reason.
    case tls(String)
    /// The connection closed before a whole answer arrived.
    case connectionLost
    /// Anything else, with a short description.
    case other(String)

    /// Whether the request certainly never reached the server, so sending it again is safe.
    public var requestNeverSent: Bool {
        switch self {
        case .connectionRefused, .hostNotFound, .connectTimeout, .tls: true
        case .requestTimeout, .connectionLost, .other: false
        }
    }
}
