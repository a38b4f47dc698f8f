/// The documented exit codes of `phone-login` (docs/reliability.md, "Exit codes").
enum ExitStatus: Int32, CaseIterable {
    /// Logged in, or the command did what it was asked.
    case success = 0
    /// The user cancelled (the full-screen UI's Esc).
    case cancelled = 1
    /// Bad usage: unknown option, missing value, invalid phone number, insecure URL, bad project id.
    case usage = 2
    /// The confirmation code was wrong (HTTP 401).
    case wrongCode = 3
    /// The operation is unknown, stale or expired (HTTP 404), or the SMS link was not followed in time.
    case operationNotFound = 4
    /// Too many requests (HTTP 429).
    case rateLimited = 5
    /// The server could not be reached: refused, DNS, timeout, TLS, connection lost.
    case network = 6
    /// The server refused the request for another reason (422 and other error statuses), e.g. a banned user.
    case rejected = 7
    /// The server's answer could not be used: malformed, too large, no token, bad token signature.
    case badResponse = 8
    /// `token`, `whoami`: no usable stored sign-in, and no one at a terminal to sign in (or `--no-login`).
    case notSignedIn = 9
    /// Hung up (SIGHUP): the terminal went away; it was restored first.
    case hungUp = 129
    /// Interrupted (Ctrl-C, SIGINT).
    case interrupted = 130
    /// Terminated (SIGTERM); the terminal was restored first.
    case terminated = 143
}
