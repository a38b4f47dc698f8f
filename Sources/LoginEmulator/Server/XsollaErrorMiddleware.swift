import Foundation
import Hummingbird
import Logging
import PhoneAuth

/// Turns every error a route throws into Xsolla's error body, so no client input ever gets a bare or 5xx answer.
struct XsollaErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let rejection as EmulatorRejection {
            return Self.response(for: rejection)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return Self.response(for: .noSuchPath)
            case .methodNotAllowed: return Self.response(for: .methodNotAllowed)
            case .contentTooLarge: return Self.response(for: .bodyTooLarge(limit: 0))
            default:
                return Self.response(for: EmulatorRejection(status: Int(error.status.code), code: XsollaErrorCode.invalidRequest,
                                                            description: error.body ?? error.status.reasonPhrase))
            }
        } catch {
            context.logger.error("emulator fault: \(error)")
            return Self.response(for: .internalFault)
        }
    }

    /// The JSON response for a rejection, with `Retry-After` when it has one.
    static func response(for rejection: EmulatorRejection) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let seconds = rejection.retryAfterSeconds { headers[.retryAfter] = String(seconds) }
        return Response(status: .init(code: rejection.status), headers: headers, body: .json(rejection.body))
    }
}

extension ResponseBody {
    /// A JSON body; the types encoded here always encode.
    static func json(_ value: some Encodable) -> ResponseBody {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return ResponseBody(byteBuffer: ByteBuffer(bytes: data))
    }
}
