import Hummingbird

/// A JSON answer: `value` encoded by the request context's response encoder, with `status` and the bare
/// `Content-Type: application/json` Xsolla sends (the encoder's own header adds a charset).
struct JSONAnswer<Value: Encodable & Sendable>: ResponseGenerator, Sendable {
    /// The status of the answer.
    var status: HTTPResponse.Status = .ok
    /// What the body encodes.
    var value: Value
    /// Headers added to the answer.
    var headers: HTTPFields = [:]

    /// RFC 6749 §5.1's headers for an answer with tokens: `Cache-Control: no-store`, `Pragma: no-cache`.
    static var noStore: HTTPFields { [.cacheControl: "no-store", .init("Pragma")!: "no-cache"] }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(value, from: request, context: context)
        response.status = status
        response.headers[.contentType] = "application/json"
        response.headers.append(contentsOf: headers)
        return response
    }
}
