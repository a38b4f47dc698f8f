/// A request of the load that did not go as a login should.
enum LoadFailure: Error, CustomStringConvertible {
    /// A status other than 200, with the body.
    case status(Int, String)
    /// A 200 whose body lacked what the next step needs.
    case unexpected(String, String)

    var description: String {
        switch self {
        case .status(let code, let body): "HTTP \(code): \(body.prefix(200))"
        case .unexpected(let step, let body): "\(step) answered without the expected field: \(body.prefix(200))"
        }
    }
}
