import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP exchange over a bare TCP socket: what arrived byte by byte, and how the connection ended.
/// For checking faults that HTTP clients hide (a short body, a reset).
public enum RawSocket {
    /// What one exchange left.
    public struct Exchange: Sendable {
        /// Every byte received, head and body.
        public let received: [UInt8]
        /// `errno` of the read that ended the exchange (`ECONNRESET` for a reset), 0 for an orderly close.
        public let endError: Int32
        /// When each chunk of bytes arrived, from just before the request was sent.
        public let arrivals: [Duration]
        /// How many bytes had arrived in all by each of `arrivals`.
        public var arrivedBytes: [Int] = []

        /// The received bytes as text.
        public var text: String { String(decoding: received, as: UTF8.self) }

        /// The status code of the answer, if a head arrived.
        public var status: Int? {
            guard text.hasPrefix("HTTP/1.1 ") else { return nil }
            return Int(text.dropFirst(9).prefix(3))
        }

        /// A header's value (case-insensitive name), if a head arrived.
        public func header(_ name: String) -> String? {
            let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
            for line in head.split(separator: "\r\n").dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == name.lowercased() { return parts[1].trimmingCharacters(in: .whitespaces) }
            }
            return nil
        }

        /// The body: everything after the head.
        public var body: [UInt8] {
            guard let range = text.range(of: "\r\n\r\n") else { return [] }
            return Array(received[text.utf8.distance(from: text.startIndex, to: range.upperBound)...])
        }
    }

    /// Sends `method path` with `body` to 127.0.0.1:`port` (with `Connection: close`) and reads until the server
    /// closes, resets, or `timeout` passes.
    public static func exchange(port: Int, method: String, path: String, body: String = "",
                                timeout: Duration = .seconds(30)) async -> Exchange {
        let request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        return await DedicatedThread.run { blockingExchange(port: port, request: Array(request.utf8), timeout: timeout) }
    }

    private static func blockingExchange(port: Int, request: [UInt8], timeout: Duration) -> Exchange {
        // Closed on exec: a program another test starts meanwhile (tmux, a Process) must not keep the connection open.
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return Exchange(received: [], endError: errno, arrivals: [], arrivedBytes: []) }
        var wait = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        // The clock starts before the request goes out: the server may answer (or start a pause) before `send` returns.
        let started = ContinuousClock.now
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received: [UInt8] = [], arrivals: [Duration] = [], arrivedBytes: [Int] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while ContinuousClock.now - started < timeout {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += chunk[0..<count]
                arrivals.append(ContinuousClock.now - started)
                arrivedBytes.append(received.count)
            } else if count == 0 {
                return Exchange(received: received, endError: 0, arrivals: arrivals, arrivedBytes: arrivedBytes)
            } else if errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR {
                return Exchange(received: received, endError: errno, arrivals: arrivals, arrivedBytes: arrivedBytes)
            }
        }
        return Exchange(received: received, endError: ETIMEDOUT, arrivals: arrivals, arrivedBytes: arrivedBytes)
    }
}
