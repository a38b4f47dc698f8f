extension AuthError {
    /// A coarse reading of an error, the one shared by the UI's reactions and the CLI's exit codes.
    public enum Category: Equatable, Sendable {
        /// The input or the configuration was refused before anything was sent.
        case invalidInput
        /// The code was wrong (401).
        case wrongCode
        /// The operation is unknown, stale or expired (404), or the link was not followed in time.
        case operationGone
        /// Too many requests (429).
        case rateLimited
        /// The server could not be reached.
        case unreachable
        /// The server refused the request for another reason.
        case rejected
        /// The server's answer could not be used.
        case badResponse
        /// The caller cancelled.
        case cancelled
    }

    /// Which category this error falls in.
    public var category: Category {
        switch self {
        case .invalidPhone, .configuration: .invalidInput
        case .server(let server):
            switch server.kind {
            case .wrongCode: .wrongCode
            case .notFound: .operationGone
            case .rateLimited: .rateLimited
            case .invalidRequest, .pollTimeout, .other: .rejected
            }
        case .transport: .unreachable
        case .malformedResponse, .responseTooLarge, .missingToken, .stateMismatch, .invalidToken: .badResponse
        case .linkWaitExpired: .operationGone
        case .cancelled: .cancelled
        }
    }
}
