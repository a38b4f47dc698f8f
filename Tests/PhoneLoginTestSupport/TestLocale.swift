import Foundation
import PhoneAuth

/// The locale variables a test's binary gets unless the test sets them: the runner's, except that one naming a
/// language other than English becomes C.UTF-8, so the tests that read English screens read English on any machine.
public enum TestLocale {
    /// The variables that choose the screens' language, in the order C reads them.
    public static let variables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// `environment` with each locale variable that names another language than English set to C.UTF-8 (its
    /// character set kept when it was not UTF-8: a test of a C locale stays one).
    public static func neutral(_ environment: [String: String]) -> [String: String] {
        var environment = environment
        for name in variables {
            guard let value = environment[name], !value.isEmpty, let language = Language(tag: value), language != .english else { continue }
            let utf8 = value.lowercased().contains("utf-8") || value.lowercased().contains("utf8")
            environment[name] = utf8 ? "C.UTF-8" : "C"
        }
        return environment
    }

    /// The locale variables a tmux session exports for a test that leaves them alone (see `neutral`).
    static func exports(given: [String: String?]) -> [String: String?] {
        let inherited = neutral(ProcessInfo.processInfo.environment)
        var added: [String: String?] = [:]
        for name in variables where given[name] == nil {
            if let value = inherited[name], value != ProcessInfo.processInfo.environment[name] { added[name] = value }
        }
        return added
    }
}
