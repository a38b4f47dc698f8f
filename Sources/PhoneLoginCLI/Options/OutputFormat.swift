import ArgumentParser

/// What `confirm` prints on success.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// The user JWT alone.
    case token
    /// The whole `login_url`.
    case loginURL = "login-url"
    /// A JSON object: token, login_url, remember_me, claims, whether the signature was checked.
    case json
}
