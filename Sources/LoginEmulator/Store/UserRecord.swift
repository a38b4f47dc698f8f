import Foundation

/// A user the emulator has seen sign in (either mode), for `GET /users/me`.
struct UserRecord: Sendable, Hashable {
    /// The phone number, with its `+`.
    let phone: String
    /// The first successful confirm.
    let registered: Date
    /// The latest successful confirm.
    var lastLogin: Date
}
