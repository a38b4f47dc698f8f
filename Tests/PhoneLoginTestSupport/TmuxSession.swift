import Foundation

/// A program running in a detached tmux session of its own (its own server socket), driven as a person would:
/// keys in with `send-keys`, the screen out with `capture-pane`.
public final class TmuxSession: Sendable {
    /// The tmux server socket name, unique to this session.
    public let socket = "phone-login-test-\(UUID().uuidString.prefix(8))"
    /// A scratch folder for the command's outputs.
    public let directory: URL

    /// Starts `command` (run by `sh -c`; `{dir}` stands for the scratch folder) in a `width`×`height` window.
    /// `environment` sets variables for it; a nil value unsets one (the test runner's `NO_COLOR`, say).
    public init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String?] = [:]) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var environment = environment.merging(TestLocale.exports(given: environment)) { given, _ in given }
        if environment["XDG_CONFIG_HOME"] == nil { environment["XDG_CONFIG_HOME"] = directory.appendingPathComponent("config").path }
        let exports = environment.map { name, value in value.map { "export \(name)=\(Self.quote($0)); " } ?? "unset \(name); " }.joined()
        let line = exports + command.replacingOccurrences(of: "{dir}", with: directory.path)
        let outcome = try await tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", line])
        guard outcome.status == 0 else { throw TmuxError.failed("new-session: \(outcome.output)") }
    }

    /// Types text literally.
    public func type(_ text: String) async throws { _ = try await tmux(["send-keys", "-t", "main", "-l", text]) }

    /// Presses named keys: `Enter`, `Escape`, `C-c`, `BSpace`, …
    public func press(_ keys: String...) async throws { _ = try await tmux(["send-keys", "-t", "main"] + keys) }

    /// The screen as text.
    public func screen() async throws -> String { try await tmux(["capture-pane", "-p", "-t", "main"]).output }

    /// The scrollback and the screen, oldest line first (`capture-pane -S -`).
    public func history() async throws -> String { try await tmux(["capture-pane", "-p", "-S", "-", "-t", "main"]).output }

    /// Everything the pane showed, the scrollback included, wrapped lines joined (`capture-pane -J -S -`), without
    /// trailing spaces.
    public func transcript() async throws -> String {
        let lines = try await tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", "main"]).output.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map(\.droppingTrailingSpaces).joined(separator: "\n")
    }

    /// The screen with its colours and attributes as escape sequences (`capture-pane -e`).
    public func styledScreen() async throws -> String { try await tmux(["capture-pane", "-e", "-p", "-t", "main"]).output }

    /// Resizes the window.
    public func resize(width: Int, height: Int) async throws {
        _ = try await tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen shows `text`; returns the screen, or throws with the last screen after `timeout`.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(45)) async throws -> String {
        try await waitUntil(text, timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `predicate` (`description` says what for); returns the screen, or throws with
    /// the last screen after `timeout`.
    @discardableResult
    public func waitUntil(_ description: String, timeout: Duration = .seconds(45), _ predicate: (String) -> Bool) async throws -> String {
        var last = ""
        let held = try await Polling.until(within: timeout, every: .milliseconds(50)) {
            last = try await screen()
            return predicate(last)
        }
        guard held else { throw TmuxError.timedOut(waitingFor: description, screen: last) }
        return last
    }

    /// Waits until the screen shows `text` and then stays the same for 150 ms: a frame reaches tmux in pieces, and a
    /// capture in between shows half of it. Returns the settled screen.
    @discardableResult
    public func waitForSettled(_ text: String, timeout: Duration = .seconds(45)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = try await waitFor(text, timeout: timeout)
        while ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(150))
            let next = try await screen()
            if next == last { return next }
            last = next
        }
        throw TmuxError.timedOut(waitingFor: text + " (a settled screen)", screen: last)
    }

    /// The scrollback and screen once `predicate` holds for them, or as they are after `timeout`: tmux moves what a
    /// program clears into its scrollback as the program's writes arrive, so a clear sent just after a frame may not
    /// have reached it at the first look.
    public func history(settlingWithin timeout: Duration, until predicate: (String) -> Bool) async throws -> String {
        var last = ""
        _ = try await Polling.until(within: timeout, every: .milliseconds(100)) {
            last = try await history()
            return predicate(last)
        }
        return last
    }

    /// Waits until the command wrote `name` in the scratch folder (e.g. its exit status), and returns it.
    public func waitForFile(_ name: String, timeout: Duration = .seconds(45)) async throws -> String {
        let url = directory.appendingPathComponent(name)
        var text: String?
        let written = await Polling.until(within: timeout, every: .milliseconds(50)) {
            text = try? String(contentsOf: url, encoding: .utf8)
            return text?.hasSuffix("\n") == true
        }
        guard written, let text else { throw TmuxError.timedOut(waitingFor: name, screen: (try? await screen()) ?? "") }
        return text
    }

    /// A path in the scratch folder, for the command line.
    public func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Ends the session and its server.
    public func close() async {
        _ = try? await tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs tmux through `sh` as a `SpawnedProcess` (inheriting no descriptor of the test process, which the tmux
    /// server it may fork would otherwise keep open for the whole session). Output goes through a file, so the
    /// daemon cannot hold a pipe open.
    func tmux(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        let outputFile = directory.appendingPathComponent("tmux-\(UUID().uuidString.prefix(8)).txt").path
        let line = (["tmux", "-L", socket] + arguments).map(Self.quote).joined(separator: " ") + " > \(Self.quote(outputFile)) 2>&1 < /dev/null"
        let shell = try SpawnedProcess("/bin/sh", ["-c", line], environment: ProcessInfo.processInfo.environment)
        let status = await shell.wait()
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outputFile)
        return (status, output)
    }

    /// Single-quotes a word for sh.
    public static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs `body` with a session and closes it afterwards.
    public static func with<R: Sendable>(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String?] = [:],
                                         _ body: (TmuxSession) async throws -> R) async throws -> R {
        let session = try await TmuxSession(command, width: width, height: height, environment: environment)
        do {
            let result = try await body(session)
            await session.close()
            return result
        } catch {
            await session.close()
            throw error
        }
    }
}
