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
        (descriptor, port) = boundLoopbackSocket()
        listen(descriptor, 16)
    }

    /// Closes the socket.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = Glibc.close(descriptor)
    }

    deinit { close() }
}

/// A loopback port that nothing listens on, for "connection refused": bound but never listening, and kept so for the
/// test process's life, so no server started meanwhile (another test's emulator on port 0) can be given it.
public func closedLoopbackPort() -> Int {
    boundLoopbackSocket().port  // the socket stays open on purpose
}

/// A TCP socket bound to a free loopback port (not listening, closed on exec), and the port.
func boundLoopbackSocket() -> (descriptor: Int32, port: Int) {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = bind(descriptor, $0, length) }
    }
    withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(descriptor, $0, &length) }
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
}
