/// Who asks about an operation: a JWT-mode call of a project, an OAuth 2.0 call of a client, or the link poll.
enum OperationCaller: Sendable, Hashable {
    /// `POST /login/phone/confirm?projectId=`: only JWT-mode operations of that project.
    case project(String)
    /// `POST /oauth2/login/phone/confirm?client_id=`: only OAuth 2.0 operations of that client.
    case oauthClient(Int)
    /// `GET /otc/code?projectId=`: JWT-mode operations of that project, and any OAuth 2.0 operation (it has no project
    /// of its own from the request).
    case linkPoll(projectID: String)

    /// Whether `operation` belongs to this caller.
    func owns(_ operation: PhoneOperation) -> Bool {
        switch self {
        case .project(let projectID): operation.oauth == nil && operation.projectID == projectID
        case .oauthClient(let clientID): operation.oauth?.clientID == clientID
        case .linkPoll(let projectID): operation.oauth != nil || operation.projectID == projectID
        }
    }
}
