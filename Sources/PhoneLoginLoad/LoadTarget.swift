import ArgumentParser

/// What the load generator talks to.
enum LoadTarget: String, ExpressibleByArgument, Sendable {
    /// The emulator: a real code from the outbox, a real confirm.
    case login
    /// A server answering static JSON: the same requests, nothing to compute.
    case `static`
}
