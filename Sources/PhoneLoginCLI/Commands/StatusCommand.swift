import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginSessions

/// `phone-login status`: the stored sign-ins, and whether the selected project has a usable one.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the stored sign-ins; exit 0 only when the selected project has a usable one.",
        discussion: """
            Usable: the token is still valid, or a refresh token is kept (whether the server still accepts it shows on \
            the next phone-login token). Nothing is sent to the server. Exit 9 when the project has no usable sign-in.
            """)

    @OptionGroup var server: ServerOptions

    @Flag(name: .long, help: "Print a JSON array instead of lines.")
    var json = false

    func run() async throws {
        let selection = try SessionSelection(server: server)
        let sessions: [StoredSession]
        do { sessions = try selection.store.sessions() } catch { throw CommandFailure(store: error) }
        let now = Date()
        let reports = sessions.map { SessionReport($0, selected: $0.key == selection.key, now: now) }
        if json {
            StandardStreams.output(SessionReport.jsonArray(reports))
        } else if reports.isEmpty {
            StandardStreams.output("No stored sign-ins (\(selection.store.filePath)).")
        } else {
            for report in reports { StandardStreams.output(report.lines.joined(separator: "\n")) }
        }
        guard let selected = reports.first(where: \.selected) else { throw CommandFailure(notSignedIn: .noSession) }
        guard selected.usable else { throw CommandFailure(notSignedIn: .expired) }
    }
}
