import Hummingbird

/// A JSON answer: `value` encoded by the request context's response encoder, with `status` and the bare
/// `Content-Type: application/json` Xsolla sends (the encoder's own header adds a charset).
struct JSONAnswer<Value: Encodable & Sendable>: ResponseGenerator, Sendable {
    /// The status of the answer.
    var status: HTTPResponse.Status = .ok
    /// What the body encodes.
    var value: Value

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try context.responseEncoder.encode(value, from: request, context: context)
        response.status = status
        response.headers[.contentType] = "application/json"
        return response
    }
}
