import ArgumentParser

/// What `phone-login --output` prints after a login.
enum LoginOutput: String, ExpressibleByArgument, CaseIterable {
    /// The user JWT.
    case token
    /// The whole `login_url`.
    case loginURL = "login-url"
    /// The JSON object of `confirm --output json`.
    case json
    /// Nothing: the success screen waits for a key.
    case none
}
