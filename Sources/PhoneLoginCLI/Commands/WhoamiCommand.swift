import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `phone-login whoami`: the signed-in user, from `GET /users/me` with the stored (refreshed) token.
struct WhoamiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show the signed-in user (GET /users/me with the stored token, refreshed first when needed).",
        discussion: "The phone number is masked unless --json is given. Exit 9 when not signed in or the server no longer accepts the token.")

    @OptionGroup var server: ServerOptions

    @Flag(name: .long, help: "Print the server's user object as JSON (it holds the full phone number).")
    var json = false

    func run() async throws {
        try server.startLogging()
        let selection = try SessionSelection(server: server)
        let lookup = try await selection.lookup(server: server, margin: .seconds(10))
        guard let session = lookup.session else {
            if case .notSignedIn(let reason) = lookup { throw CommandFailure(notSignedIn: reason) }
            return
        }
        let configuration = try SessionSelection.configuration(for: session, server: server)
        let user: CurrentUser
        do {
            user = try await AuthClient.with(configuration) { client in try await client.currentUser(token: session.accessToken) }
        } catch let error as AuthError {
            if case .server(let answer) = error, answer.status == 401 { throw CommandFailure(notSignedIn: .refreshRefused(answer)) }
            throw CommandFailure(error)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            StandardStreams.output((try? encoder.encode(user)).map { String(decoding: $0, as: UTF8.self) } ?? "{}")
            return
        }
        let phone = (user.phone ?? user.phoneAuth.map { "+" + $0 }).flatMap { PhoneNumber(validating: $0) }?.masked()
        let rows: [(String, String?)] = [
            ("User", user.id), ("Phone", phone), ("Name", user.name ?? user.nickname ?? user.username), ("Email", user.email),
            ("Registered", user.registered), ("Last login", user.lastLogin),
            ("Groups", user.groups.map { $0.map(\.name).joined(separator: ", ") }),
            ("Signed in", "\(session.mode.displayName), \(session.key.summary)"),
        ]
        for (label, value) in rows { if let value, !value.isEmpty { StandardStreams.output(label + String(repeating: " ", count: max(0, 11 - label.count)) + " " + value) } }
    }
}
