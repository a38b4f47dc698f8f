import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `phone-login logout`: ends the stored sign-in: on the server (OAuth 2.0) and here.
struct LogoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Sign out: revoke the session's tokens on the server (OAuth 2.0) and forget it here.",
        discussion: """
            OAuth 2.0: GET /oauth2/logout?sessions=all with the stored token (refreshed first if it has expired), which \
            revokes every token of the user; the local session is removed even when the server cannot be reached \
            (with a warning). JWT mode: the token cannot be revoked, only forgotten here. --all signs out of every \
            stored session.
            """)

    @OptionGroup var server: ServerOptions

    @Flag(name: .long, help: "Sign out of every stored session, not only the selected project's.")
    var all = false

    func run() async throws {
        try server.startLogging()
        let selection = try SessionSelection(server: server)
        let stored: [StoredSession]
        do { stored = try selection.store.sessions() } catch { throw CommandFailure(store: error) }
        let chosen = all ? stored : stored.filter { $0.key == selection.key }
        guard !chosen.isEmpty else {
            StandardStreams.error("phone-login: not signed in; nothing to sign out of.")
            return
        }
        for session in chosen {
            if session.mode == .oauth2 { await revoke(session, selection: selection) }
            do {
                try await selection.store.withLock { try selection.store.remove(session.key) }
            } catch let error as SessionStoreError {
                throw CommandFailure(store: error)
            }
            StandardStreams.output("Signed out of \(session.key.summary).")
        }
    }

    /// `/oauth2/logout?sessions=all`, with a fresh token when the stored one has expired; a failure is a warning.
    func revoke(_ session: StoredSession, selection: SessionSelection) async {
        var token = session.accessToken
        if session.freshness(at: Date(), margin: .seconds(5)) != .fresh {
            let single = SessionSelection(store: selection.store, key: session.key)
            if let refreshed = try? await single.lookup(server: server, margin: .seconds(5)).session { token = refreshed.accessToken }
        }
        do {
            let configuration = try SessionSelection.configuration(for: session, server: server)
            try await AuthClient.with(configuration) { client in try await client.logout(accessToken: token, sessions: .all) }
        } catch let error as AuthError {
            if case .server(let answer) = error, answer.status == 401 { return }
            StandardStreams.error("phone-login: warning: the server was not told (\(ErrorWording.message(for: error))); the session is forgotten here anyway.")
        } catch {
            StandardStreams.error("phone-login: warning: the server was not told (\(error)); the session is forgotten here anyway.")
        }
    }
}
