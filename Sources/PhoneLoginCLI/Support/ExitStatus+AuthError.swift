import PhoneAuth

extension ExitStatus {
    /// The exit code for an auth error: the one mapping from error categories to codes.
    init(_ error: AuthError) {
        switch error.category {
        case .invalidInput: self = .usage
        case .wrongCode: self = .wrongCode
        case .operationGone: self = .operationNotFound
        case .rateLimited: self = .rateLimited
        case .unreachable: self = .network
        case .rejected: self = .rejected
        case .badResponse: self = .badResponse
        case .cancelled: self = .interrupted
        }
    }
}
