import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// Which stored sign-in a session command means, and the client that refreshes or calls with it.
struct SessionSelection {
    /// The store.
    let store: SessionStore
    /// The key asked for: the configured project, or the only stored session when nothing is configured; nil
    /// when nothing is configured and nothing is stored.
    let key: SessionKey?

    /// A selection of `key` in `store`.
    init(store: SessionStore, key: SessionKey?) {
        self.store = store
        self.key = key
    }

    /// Resolves the store and the key from the options; several stored sessions and nothing configured is a usage
    /// error naming how to choose.
    init(server: ServerOptions) throws {
        do { store = try SessionStore.standard() } catch { throw CommandFailure(store: error) }
        if server.isConfigured() {
            key = try ServerOptions.sessionKey(try server.clientConfiguration())
            return
        }
        let stored: [StoredSession]
        do { stored = try store.sessions() } catch { throw CommandFailure(store: error) }
        switch stored.count {
        case 0: key = nil
        case 1: key = stored[0].key
        default:
            throw CommandFailure("\(stored.count) sign-ins are stored: choose one with --project-id or --client-id (see phone-login status).",
                                 status: .usage)
        }
    }

    /// The client configuration for calls with `session`: its server, project and OAuth 2.0 client, with the
    /// options' timeouts, `--insecure` and secret.
    static func configuration(for session: StoredSession, server: ServerOptions) throws -> AuthClientConfiguration {
        var configuration = try server.clientConfiguration()
        configuration.baseURL = session.key.baseURL
        configuration.projectID = session.key.projectID ?? ""
        configuration.oauth = session.key.clientID.map {
            OAuthSettings(clientID: $0, scope: session.scope ?? OAuthSettings.defaultScope,
                          redirectURI: session.redirectURI ?? OAuthSettings.defaultRedirectURI)
        }
        return configuration
    }

    /// A usable session for the key (refreshed through the server when needed, under the store's lock).
    func lookup(server: ServerOptions, margin: Duration) async throws -> SessionLookup {
        guard let key else { return .notSignedIn(.noSession) }
        let keeper = SessionKeeper(store: store, margin: margin)
        do {
            return try await keeper.usableSession(for: key) { stored throws(AuthError) in
                guard let refreshToken = stored.refreshToken else { throw AuthError.configuration(.missingClientID) }
                let configuration: AuthClientConfiguration
                do { configuration = try Self.configuration(for: stored, server: server) } catch { throw .configuration(.missingClientID) }
                let client = try AuthClient(configuration: configuration)
                let result: Result<LoginResult, AuthError>
                do throws(AuthError) { result = .success(try await client.refresh(refreshToken: refreshToken)) } catch { result = .failure(error) }
                await client.shutdown()
                return try result.get()
            }
        } catch let error as SessionStoreError {
            throw CommandFailure(store: error)
        } catch let error as AuthError {
            throw CommandFailure(error)
        }
    }
}
