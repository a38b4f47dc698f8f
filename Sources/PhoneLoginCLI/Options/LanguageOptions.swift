import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginUI

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
    /// and it needs it, or when the terminal cannot draw it (`glyphs`: a Linux console's font), said in one line on
    /// stderr.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment, utf8: Bool = localeIsUTF8(),
                  glyphs: GlyphRepertoire = .everything) -> Language {
        let wanted = Language.resolve(option: language, environment: environment)
        let shown = wanted.shown(utf8: utf8)
        if shown != wanted {
            StandardStreams.error("phone-login: note: the language \(wanted.tag) needs a UTF-8 locale; speaking English.")
            return shown
        }
        if !wanted.isDrawable(on: glyphs) {
            StandardStreams.error("phone-login: note: \(Self.undrawable(wanted, on: glyphs)); speaking English.")
            return .english
        }
        return wanted
    }

    /// Why a terminal cannot draw `language`: a console shows no wide characters; a console font lacks its letters.
    static func undrawable(_ language: Language, on glyphs: GlyphRepertoire) -> String {
        if !glyphs.wide, language.needsWideCharacters {
            return "the language \(language.tag) needs wide characters, which a Linux console cannot show (use a framebuffer terminal such as kmscon or fbterm)"
        }
        return "the console's font lacks the letters of the language \(language.tag) (load one that has them: console-setup's CODESET, see /etc/default/phone-login-kiosk)"
    }

    /// Whether the environment's character locale is UTF-8 (as curses will see it).
    static func localeIsUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        return String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
    }
}
