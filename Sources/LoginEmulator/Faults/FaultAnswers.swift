import Foundation
import Hummingbird
import NIOCore
import PhoneAuth

/// The broken answers the fault middleware sends.
enum FaultAnswers {
    /// Thrown to end a connection on purpose (Hummingbird closes a connection whose answer could not be written).
    enum Injected: Error {
        case reset
        case truncated
    }

    /// The body the "before" faults send: Xsolla's error body naming the fault.
    static func notice(_ fault: InjectedFault) -> Response {
        Response(status: .init(code: fault.status ?? 200), headers: [.contentType: "application/json"], body: noticeBody(fault.kind))
    }

    /// Xsolla's error body saying which fault this is.
    static func noticeBody(_ kind: FaultKind) -> ResponseBody {
        .json(XsollaErrorBody(code: XsollaErrorCode.invalidRequest, description: "Fault injected by the emulator: \(kind.rawValue)."))
    }

    /// `answer` broken as `fault` says (every kind but `delay` and `reset`).
    static func apply(_ fault: InjectedFault, to answer: Response) async -> Response {
        let json: HTTPFields = [.contentType: "application/json"]
        switch fault.kind {
        case .delay, .reset:
            return answer
        case .status:
            let status = fault.status ?? 500
            let body = fault.body.map { ResponseBody(byteBuffer: ByteBuffer(string: $0)) } ?? noticeBody(.status)
            return Response(status: .init(code: status), headers: json, body: body)
        case .malformed:
            let body = ByteBuffer(string: #"{"operation_id": "3f0c9a52-, "login_url": "#)
            return Response(status: .init(code: fault.status ?? 200), headers: json, body: .init(byteBuffer: body))
        case .truncate:
            let bytes = await collect(answer.body)
            let sent = bytes.getSlice(at: bytes.readerIndex, length: max(1, bytes.readableBytes / 2)) ?? ByteBuffer()
            return Response(status: answer.status, headers: answer.headers, body: .init(contentLength: bytes.readableBytes) { writer in
                try await writer.write(sent)
                // Let the half leave before the connection closes.
                try await Task.sleep(for: .milliseconds(50))
                throw Injected.truncated
            })
        case .drip:
            let bytes = await collect(answer.body)
            let interval = fault.interval
            return Response(status: answer.status, headers: answer.headers, body: .init(contentLength: bytes.readableBytes) { writer in
                for byte in bytes.readableBytesView {
                    try await Task.sleep(for: interval)
                    try await writer.write(ByteBuffer(bytes: [byte]))
                }
                try await writer.finish(nil)
            })
        case .huge:
            let size = fault.bytes ?? 1024 * 1024
            return Response(status: .init(code: fault.status ?? 200), headers: json, body: .init(contentLength: size) { writer in
                for chunk in hugeBody(size: size, chunk: 64 * 1024) { try await writer.write(chunk) }
                try await writer.finish(nil)
            })
        }
    }

    /// Resets the connection: SO_LINGER 0 makes the close send RST, so the client sees "connection reset".
    static func reset(_ channel: any Channel) async {
        if let provider = channel as? any SocketOptionProvider {
            _ = try? await provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).get()
        }
        let closed = channel.eventLoop.makePromise(of: Void.self)
        channel.close(mode: .all, promise: closed)
        _ = try? await closed.futureResult.get()
    }

    /// A valid JSON object of exactly `size` bytes (`{"fault":"huge","padding":"xxx…"}`), in chunks.
    static func hugeBody(size: Int, chunk: Int) -> [ByteBuffer] {
        let head = Array(#"{"fault":"huge","padding":""#.utf8), tail = Array(#""}"#.utf8)
        var bytes: [UInt8]
        if size >= head.count + tail.count {
            bytes = head + [UInt8](repeating: UInt8(ascii: "x"), count: size - head.count - tail.count) + tail
        } else {
            bytes = [UInt8](repeating: UInt8(ascii: " "), count: max(0, size - 2)) + Array("{}".utf8).suffix(size)
        }
        return stride(from: 0, to: bytes.count, by: chunk).map { ByteBuffer(bytes: bytes[$0..<min(bytes.count, $0 + chunk)]) }
    }

    /// The bytes of a response body.
    static func collect(_ body: ResponseBody) async -> ByteBuffer {
        let sink = CollectingWriter()
        try? await body.write(sink)
        return sink.buffer
    }
}
