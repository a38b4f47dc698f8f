import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Plain HTTP requests, as `curl` would send them: for checking what the server answers byte by byte.
public enum RawHTTP {
    /// A response: status, headers and body text.
    public struct Answer: Sendable {
        /// The status code.
        public let status: Int
        /// The headers.
        public let headers: HTTPHeaders
        /// The body as text.
        public let body: String

        /// The body parsed as a JSON object, if it is one.
        public var json: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        }

        /// `error.code` of an Xsolla error body.
        public var errorCode: String? { (json?["error"] as? [String: Any])?["code"] as? String }

        /// `error.description` of an Xsolla error body.
        public var errorDescription: String? { (json?["error"] as? [String: Any])?["description"] as? String }
    }

    /// Sends one request with an optional body.
    public static func send(_ method: HTTPMethod, _ url: String, body: String? = nil,
                            headers: [(String, String)] = [("Content-Type", "application/json")]) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 4 * 1024 * 1024)
        return Answer(status: Int(response.status.code), headers: response.headers, body: String(buffer: buffer))
    }
}
