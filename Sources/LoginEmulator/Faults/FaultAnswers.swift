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

    /// Xsolla's error body saying which fault this is, with `status`: what the "before" faults send, and `status`'s
    /// default body.
    static func notice(_ kind: FaultKind, status: Int, to request: Request, context: some RequestContext) -> Response {
        let body = XsollaErrorBody(code: XsollaErrorCode.invalidRequest, description: "Fault injected by the emulator: \(kind.rawValue).")
        return (try? JSONAnswer(status: .init(code: status), value: body).response(from: request, context: context))
            ?? Response(status: .init(code: status))
    }

    /// `answer` to `request` broken as `fault` says (every kind but `delay` and `reset`); `abandoned` is called when the
    /// client hangs up before a `drip` is over.
    static func apply(_ fault: InjectedFault, to answer: Response, of request: Request, context: some RequestContext,
                      abandoned: @escaping @Sendable () async -> Void = {}) async -> Response {
        let json: HTTPFields = [.contentType: "application/json"]
        switch fault.kind {
        case .delay, .reset:
            return answer
        case .status:
            let status = fault.status ?? 500
            guard let body = fault.body else { return notice(.status, status: status, to: request, context: context) }
            return Response(status: .init(code: status), headers: json, body: .init(byteBuffer: ByteBuffer(string: body)))
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
                do {
                    for byte in bytes.readableBytesView {
                        try await Task.sleep(for: interval)
                        try await writer.write(ByteBuffer(bytes: [byte]))
                    }
                } catch {
                    await abandoned()
                    throw error
                }
                try await writer.finish(nil)
            })
        case .huge:
            let size = fault.bytes ?? 1024 * 1024
            return Response(status: .init(code: fault.status ?? 200), headers: json, body: .init(contentLength: size) { writer in
                try await writeHuge(size: size, to: &writer)
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

    /// Writes valid JSON of exactly `size` bytes, `{"fault":"huge","padding":"xxx…"}` (a number when that does not
    /// fit), chunk by chunk, so a large one costs no memory.
    static func writeHuge(size: Int, to writer: inout any ResponseBodyWriter) async throws {
        let head = ByteBuffer(string: #"{"fault":"huge","padding":""#), tail = ByteBuffer(string: #""}"#)
        guard size >= head.readableBytes + tail.readableBytes else {
            try await writer.write(ByteBuffer(string: "1" + String(repeating: "0", count: max(0, size - 1))))
            return
        }
        try await writer.write(head)
        var left = size - head.readableBytes - tail.readableBytes
        let filler = ByteBuffer(repeating: UInt8(ascii: "x"), count: min(64 * 1024, left))
        while left > 0 {
            let length = min(filler.readableBytes, left)
            try await writer.write(filler.getSlice(at: filler.readerIndex, length: length) ?? ByteBuffer())
            left -= length
        }
        try await writer.write(tail)
    }

    /// The bytes of a response body.
    static func collect(_ body: ResponseBody) async -> ByteBuffer {
        let sink = CollectingWriter()
        try? await body.write(sink)
        return sink.buffer
    }
}
