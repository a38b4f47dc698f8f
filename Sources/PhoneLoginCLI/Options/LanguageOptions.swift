import ArgumentParser
import Foundation
import PhoneAuth

/// `--language TAG`: the language the screens, the announcements and the one-line errors speak.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The language: \(Language.allCases.map(\.tag).joined(separator: ", ")) (default: $PHONE_LOGIN_LANGUAGE, else the locale's, else en).",
        valueName: "tag"))
    var language: String?

    func validate() throws {
        if let language, Language(tag: language) == nil {
            throw ValidationError("--language \(language) is not one of \(Language.allCases.map(\.tag).joined(separator: ", ")).")
        }
    }

    /// The language asked for (the option, `PHONE_LOGIN_LANGUAGE`, the locale), or English when the locale is not UTF-8
    /// and it needs it, said in one line on stderr.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment, utf8: Bool = localeIsUTF8()) -> Language {
        let wanted = Language.resolve(option: language, environment: environment)
        let shown = wanted.shown(utf8: utf8)
        if shown != wanted {
            StandardStreams.error("phone-login: note: the language \(wanted.tag) needs a UTF-8 locale; speaking English.")
        }
        return shown
    }

    /// Whether the environment's character locale is UTF-8 (as curses will see it).
    static func localeIsUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        return String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
    }
}
