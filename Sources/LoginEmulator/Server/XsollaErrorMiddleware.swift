import Foundation
import Hummingbird
import Logging
import PhoneAuth

/// Turns every error a route throws into Xsolla's error body, so no client input ever gets a bare or 5xx answer.
struct XsollaErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let rejection: EmulatorRejection
        do {
            return try await next(request, context)
        } catch let error as EmulatorRejection {
            rejection = error
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: rejection = .noSuchPath
            case .methodNotAllowed: rejection = .methodNotAllowed
            case .contentTooLarge: rejection = .bodyTooLarge(limit: 0)
            default:
                rejection = EmulatorRejection(status: Int(error.status.code), code: XsollaErrorCode.invalidRequest,
                                              description: error.body ?? error.status.reasonPhrase)
            }
        } catch {
            context.logger.error("emulator fault: \(error)")
            rejection = .internalFault
        }
        return Self.response(for: rejection, to: request, context: context)
    }

    /// The JSON answer for a rejection, with `Retry-After`, `WWW-Authenticate` and no-store when it has them.
    static func response(for rejection: EmulatorRejection, to request: Request, context: Context) -> Response {
        let status = HTTPResponse.Status(code: rejection.status)
        // Xsolla's error body always encodes; the bare status is for the impossible case.
        var response = (try? JSONAnswer(status: status, value: rejection.body).response(from: request, context: context)) ?? Response(status: status)
        if let seconds = rejection.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
        if let challenge = rejection.challenge { response.headers[.wwwAuthenticate] = challenge }
        if rejection.uncacheable { response.headers.append(contentsOf: JSONAnswer<String>.noStore) }
        return response
    }
}
