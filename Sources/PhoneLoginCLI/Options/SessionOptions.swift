import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `--no-store`: whether a login is remembered in the session store for `phone-login token` and friends.
struct SessionOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp("Do not remember this sign-in.", discussion: "Default: $PHONE_LOGIN_NO_STORE=1 turns storing off."))
    var noStore = false

    /// Whether storing is off (the flag, or `PHONE_LOGIN_NO_STORE=1`).
    func isOff(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        noStore || ["1", "true", "yes"].contains(environment["PHONE_LOGIN_NO_STORE"]?.lowercased() ?? "")
    }

    /// Remembers `login` for the project `configuration` names, unless storing is off; a store that cannot be
    /// written is a warning in the login's `language` (the login itself succeeded and is still printed), never a crash.
    func record(_ login: LoginResult, configuration: AuthClientConfiguration, language: Language = .english) async {
        guard !isOff() else { return }
        do {
            let store = try SessionStore.standard()
            let key = try ServerOptions.sessionKey(configuration)
            let session = StoredSession(login: login, key: key, scope: configuration.oauth?.scope, redirectURI: configuration.oauth?.redirectURI)
            try await store.withLock { try store.save(session) }
        } catch let error as SessionStoreError {
            Self.warn(ErrorWording.message(for: error, in: language), in: language)
        } catch let failure as CommandFailure {
            Self.warn(failure.message, in: language)
        } catch {
            Self.warn("\(error)" + language.text(.sentenceEnd), in: language)
        }
    }

    /// "phone-login: warning: <reason> The sign-in was not remembered." on stderr, in `language`.
    private static func warn(_ reason: String, in language: Language) {
        StandardStreams.error("phone-login: " + language.text(.warningNotRemembered, ["reason": reason]))
    }
}
