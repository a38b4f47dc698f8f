import PhoneAuth

extension ExitStatus {
    /// The exit code for an auth error: the one mapping from errors to codes.
    init(_ error: AuthError) {
        switch error {
        case .invalidPhone, .configuration: self = .usage
        case .server(let server):
            switch server.kind {
            case .wrongCode: self = .wrongCode
            case .notFound: self = .operationNotFound
            case .rateLimited: self = .rateLimited
            case .invalidRequest, .pollTimeout, .other: self = .rejected
            }
        case .transport: self = .network
        case .malformedResponse, .responseTooLarge, .missingToken, .invalidToken: self = .badResponse
        case .linkWaitExpired: self = .operationNotFound
        case .cancelled: self = .interrupted
        }
    }
}
