import PhoneAuth

/// How the flow reacts to an error: a coarse reading of `AuthError`.
enum ErrorClass: Equatable {
    case wrongCode, operationGone, rateLimited, unreachable, other

    init(_ error: AuthError) {
        switch error {
        case .server(let server):
            switch server.kind {
            case .wrongCode: self = .wrongCode
            case .notFound: self = .operationGone
            case .rateLimited: self = .rateLimited
            default: self = .other
            }
        case .transport: self = .unreachable
        default: self = .other
        }
    }
}
