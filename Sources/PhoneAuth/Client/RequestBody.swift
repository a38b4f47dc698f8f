import Foundation
import PhoneAuthModel

/// What a request carries: nothing, JSON, or an HTML form (`/oauth2/token`).
enum RequestBody: Sendable {
    /// No body.
    case none
    /// `application/json`.
    case json(Data)
    /// `application/x-www-form-urlencoded`.
    case form(String)

    /// A JSON body encoded from `value`; `.malformedResponse` (status 0) when it cannot be encoded.
    static func json<Value: Encodable>(encoding value: Value) throws(AuthError) -> RequestBody {
        guard let data = try? JSONEncoder().encode(value) else {
            throw .malformedResponse(status: 0, reason: "the request body could not be encoded")
        }
        return .json(data)
    }

    /// A form body from fields in order, percent-encoded as a query is.
    static func form(fields: [(String, String?)]) -> RequestBody {
        .form(QueryString.encode(fields))
    }
}
