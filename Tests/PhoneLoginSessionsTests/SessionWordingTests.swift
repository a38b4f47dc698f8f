import PhoneAuth
import PhoneLoginSessions
import Testing

/// The session store's problems and the reasons for not being signed in, in each language: the file, the variables,
/// the options and the command to run kept as they are typed.
@Suite("The sessions' sentences in every language")
struct SessionWordingTests {
    static let path = "/home/ana/.config/phone-login"

    /// Each store problem with what its sentence must keep as typed.
    static let problems: [(SessionStoreError, [String])] = [
        (.noDirectory, ["XDG_CONFIG_HOME", "HOME", "--no-store"]),
        (.symbolicLink(path: path), [path, "--no-store"]),
        (.notADirectory(path: path), [path]),
        (.unreadable(path: path, reason: "Permission denied"), [path, "Permission denied"]),
        (.corrupt(path: path + "/sessions.json", reason: "format version 9"), [path + "/sessions.json", "format version 9"]),
        (.lockTimeout(path: path + "/sessions.lock", seconds: 7), [path + "/sessions.lock", "7", "phone-login"]),
    ]

    @Test("a store problem names the file, the variables and --no-store, translated", arguments: Language.allCases)
    func storeProblems(_ language: Language) {
        for (problem, kept) in Self.problems {
            let text = ErrorWording.message(for: problem, in: language)
            for typed in kept { #expect(text.contains(typed), "\(language.tag), \(problem): \(text)") }
            if language != .english { #expect(text != ErrorWording.message(for: problem), "\(language.tag), \(problem) is translated") }
        }
    }

    @Test("not signed in: says to run phone-login; a refused refresh keeps Xsolla's code, in the same language", arguments: Language.allCases)
    func notSignedIn(_ language: Language) {
        let refusal = ServerError(status: 400, code: XsollaErrorCode.invalidGrant, description: "Refresh token is invalid")
        for reason in [NotSignedInReason.noSession, .expired, .refreshRefused(refusal)] {
            let text = ErrorWording.message(for: reason, in: language)
            #expect(text.contains("phone-login"), "\(language.tag): \(text)")
            if language != .english { #expect(text != ErrorWording.message(for: reason), "\(language.tag), \(reason) is translated") }
        }
        let refused = ErrorWording.message(for: NotSignedInReason.refreshRefused(refusal), in: language)
        #expect(refused.contains(ErrorWording.message(for: refusal, in: language)), "\(language.tag): \(refused)")
        #expect(refused.contains("010-023"), "\(language.tag): \(refused)")
    }
}
