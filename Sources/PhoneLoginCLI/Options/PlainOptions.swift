import ArgumentParser
import Foundation

/// `--plain`: the accessible plain mode, asked for or chosen by itself for a dumb or unnamed terminal.
struct PlainOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(
        "Line-by-line prompts instead of the full screen: for screen readers, dumb terminals and input from a pipe.",
        discussion: "On by itself when TERM is dumb or unset and there is a terminal. Prompts go to stderr, answers come from stdin."))
    var plain = false

    /// Whether to run the plain mode: asked for, or `TERM` is `dumb` or unset while a terminal (`/dev/tty`) is there.
    /// Without any terminal the full-screen mode still says there is none (exit 2), unless `--plain` is given.
    func isWanted(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if plain { return true }
        let term = environment["TERM"] ?? ""
        guard term.isEmpty || term == "dumb" else { return false }
        let terminal = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { return false }
        close(terminal)
        return true
    }
}
