import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PhoneAuthModel

extension TransportFailure {
    /// Reads a thrown networking error as a transport failure; nil for an error that is not one.
    public static func classify(_ error: any Error) -> TransportFailure? {
        switch error {
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout: return .connectTimeout
            case .deadlineExceeded, .readTimeout, .writeTimeout, .getConnectionFromPoolTimeout: return .requestTimeout
            case .remoteConnectionClosed: return .connectionLost
            case .tlsHandshakeTimeout: return .tls("the TLS handshake timed out")
            case .cancelled: return nil
            default: return .other(String(describing: error))
            }
        case let error as NIOConnectionError:
            if error.connectionErrors.contains(where: { isRefused($0.error) }) { return .connectionRefused }
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil { return .hostNotFound }
            if let first = error.connectionErrors.first { return classify(first.error) ?? .other(String(describing: first.error)) }
            return .hostNotFound
        case let error as IOError:
            if isRefused(error) { return .connectionRefused }
            if [ECONNRESET, EPIPE, ECONNABORTED].contains(error.errnoCode) { return .connectionLost }
            if [ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode) { return .other("network unreachable") }
            return .other("system error \(error.errnoCode)")
        case let error as ChannelError:
            switch error {
            case .connectTimeout: return .connectTimeout
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed: return .connectionLost
            default: return .other(String(describing: error))
            }
        case let error as HTTPParserError:
            // The connection closed in the middle of an answer (a body shorter than its Content-Length, say).
            return error == .invalidEOFState ? .connectionLost : .other("the server's answer is not valid HTTP")
        case is SocketAddressError:
            return .hostNotFound
        case let error as NIOSSLError:
            return .tls(tlsReason(String(describing: error)))
        case let error as BoringSSLError:
            return .tls(tlsReason(String(describing: error)))
        case let error as NIOSSLExtraError:
            return .tls(tlsReason(String(describing: error)))
        default:
            let name = String(reflecting: type(of: error))
            if name.firstRange(of: "SSL") != nil || name.firstRange(of: "TLS") != nil { return .tls(tlsReason(String(describing: error))) }
            return nil
        }
    }

    static func isRefused(_ error: any Error) -> Bool {
        (error as? IOError)?.errnoCode == ECONNREFUSED
    }

    /// A TLS library's description turned into words.
    static func tlsReason(_ description: String) -> String {
        let text = description.uppercased()
        if text.firstRange(of: "CERTIFICATE_VERIFY_FAILED") != nil || text.firstRange(of: "UNABLE_TO_GET_ISSUER") != nil || text.firstRange(of: "SELF_SIGNED") != nil {
            return "the server's certificate is not trusted"
        }
        if text.firstRange(of: "HOSTNAME") != nil || text.firstRange(of: "HOST NAME") != nil || text.firstRange(of: "UNABLETOVALIDATEHOSTNAME") != nil {
            return "the server's certificate is for another host name"
        }
        if text.firstRange(of: "EXPIRED") != nil { return "the server's certificate has expired" }
        if text.firstRange(of: "WRONG_VERSION_NUMBER") != nil || text.firstRange(of: "PACKET_LENGTH_TOO_LONG") != nil || text.firstRange(of: "HTTP_REQUEST") != nil {
            return "the server did not answer with TLS (is it plain http?)"
        }
        return "the TLS handshake failed"
    }
}
