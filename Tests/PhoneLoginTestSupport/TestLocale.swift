import Foundation

/// The locale variables a test's binary gets unless the test sets them: neutral, whatever the machine running the tests
/// says, so the tests that read English screens read English and no default country comes from the runner's region.
/// A variable naming a language or a region (`de_DE.UTF-8`, `en_GB.UTF-8`, `ja`) becomes C.UTF-8 (C when it was not
/// UTF-8: a test of a C locale stays one); `LC_MESSAGES` and `LC_TELEPHONE` are dropped instead, so a test that sets
/// `LANG` alone still decides the language and the country.
public enum TestLocale {
    /// The variables that choose the screens' language or the default country, in the order C reads them.
    public static let variables = ["LC_ALL", "LC_MESSAGES", "LC_TELEPHONE", "LANG"]
    /// Those of `variables` that are dropped rather than set to C: the categories `LANG` stands in for.
    static let dropped: Set<String> = ["LC_MESSAGES", "LC_TELEPHONE"]

    /// `environment` with each locale variable that names a language or a region made neutral (see above).
    public static func neutral(_ environment: [String: String]) -> [String: String] {
        var environment = environment
        for name in variables {
            guard let value = environment[name], namesLanguageOrRegion(value) else { continue }
            if dropped.contains(name) {
                environment[name] = nil
            } else {
                let utf8 = value.lowercased().contains("utf-8") || value.lowercased().contains("utf8")
                environment[name] = utf8 ? "C.UTF-8" : "C"
            }
        }
        return environment
    }

    /// Whether a locale name names a language or a region: anything but empty, `C` and `POSIX` (with a character set).
    static func namesLanguageOrRegion(_ value: String) -> Bool {
        let name = value.split(separator: ".", maxSplits: 1).first.map { $0.split(separator: "@", maxSplits: 1).first ?? "" } ?? ""
        return !name.isEmpty && name != "C" && name != "POSIX"
    }

    /// The locale variables a tmux session exports for a test that leaves them alone (see `neutral`): a changed one
    /// with its neutral value, a dropped one as nil (unset).
    static func exports(given: [String: String?]) -> [String: String?] {
        let inherited = ProcessInfo.processInfo.environment
        let neutral = neutral(inherited)
        var added: [String: String?] = [:]
        for name in variables where given[name] == nil && inherited[name] != nil && neutral[name] != inherited[name] {
            added[name] = .some(neutral[name])
        }
        return added
    }
}
