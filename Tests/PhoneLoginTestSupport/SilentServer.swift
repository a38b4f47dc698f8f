#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback socket that listens but never reads or answers: connections succeed, requests hang.
public final class SilentServer: @unchecked Sendable {
    /// The port it listens on.
    public let port: Int
    private let descriptor: Int32
    private var isOpen = true

    /// Opens the socket on a free port.
    public init() {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = bind(descriptor, $0, length) }
        }
        listen(descriptor, 16)
        withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Closes the socket.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = Glibc.close(descriptor)
    }

    deinit { close() }
}

/// A loopback port that nothing listens on (bound, then closed), for "connection refused".
public func closedLoopbackPort() -> Int {
    let server = SilentServer()
    let port = server.port
    server.close()
    return port
}
