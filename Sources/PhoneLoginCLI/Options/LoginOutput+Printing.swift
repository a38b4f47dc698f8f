import PhoneAuth

extension LoginOutput {
    /// Prints what this format asks for of a login on stdout (nothing for `none`).
    func print(_ result: LoginResult) {
        switch self {
        case .token: StandardStreams.output(result.token)
        case .loginURL: StandardStreams.output(result.loginURL)
        case .json: StandardStreams.output(result.jsonLine())
        case .none: break
        }
    }
}
