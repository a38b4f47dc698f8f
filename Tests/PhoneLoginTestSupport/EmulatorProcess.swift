import Foundation
import Synchronization

/// `phone-login emulator` running as its own process, with its console read as it comes.
public final class EmulatorProcess: Sendable {
    /// The root URL it printed, e.g. `http://127.0.0.1:43121`.
    public let rootURL: String
    private let process: SpawnedProcess
    private let console: TextBuffer
    private let pipe: Pipe
    private let consoleEnded: ExitSignal

    /// The API base URL (root + `/api`).
    public var baseURL: String { rootURL + "/api" }

    /// Everything it printed so far.
    public var output: String { console.text }

    /// Its process id.
    public var processIdentifier: Int32 { process.processIdentifier }

    /// Its resident memory in KiB (Linux `/proc`), 0 if unknown.
    public var residentKiB: Int {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    private init(rootURL: String, process: SpawnedProcess, console: TextBuffer, pipe: Pipe, consoleEnded: ExitSignal) {
        self.rootURL = rootURL
        self.process = process
        self.console = console
        self.pipe = pipe
        self.consoleEnded = consoleEnded
    }

    /// Starts `phone-login emulator --port 0` plus `arguments`, runs `body` with it, and stops it afterwards.
    public static func with<R: Sendable>(_ arguments: [String] = [], _ body: (EmulatorProcess) async throws -> R) async throws -> R {
        let emulator = try await start(arguments)
        do {
            let result = try await body(emulator)
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Starts `phone-login emulator --port 0` plus `arguments` and returns once it has printed its URL.
    public static func start(_ arguments: [String] = [], timeout: Duration = .seconds(30)) async throws -> EmulatorProcess {
        // A configuration directory of its own (the emulator reads none), removed once it has exited.
        let scratch = try ScratchConfiguration()
        let pipe = Pipe.closingOnExec()
        let console = TextBuffer()
        let consoleEnded = ExitSignal()
        let process: SpawnedProcess
        do {
            process = try SpawnedProcess(BinaryRunner.executable.path, ["emulator", "--port", "0"] + arguments,
                                         environment: BinaryRunner.cleanEnvironment(configuration: scratch.path),
                                         stdout: pipe.fileHandleForWriting.fileDescriptor) { scratch.remove() }
        } catch {
            scratch.remove()
            throw error
        }
        try? pipe.fileHandleForWriting.close()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
                consoleEnded.fire()
                return
            }
            console.append(String(decoding: data, as: UTF8.self))
        }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, !process.hasExited {
            if let line = console.text.split(separator: "\n").first(where: { $0.contains("listening on ") }),
               let root = line.split(separator: " ").last {
                return EmulatorProcess(rootURL: String(root), process: process, console: console, pipe: pipe, consoleEnded: consoleEnded)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.signal(SIGTERM)
        throw EmulatorProcessError.didNotStart(console.text)
    }

    /// Stops reading its console and closes the pipe, as `| head -1` does once it has its line.
    public func closeConsole() {
        pipe.fileHandleForReading.readabilityHandler = nil
        try? pipe.fileHandleForReading.close()
        consoleEnded.fire()
    }

    /// Whether the process is still running.
    public var isRunning: Bool { !process.hasExited }

    /// Sends a signal and waits for the exit (SIGKILL after `timeout`) and for its console's last line; returns the
    /// exit code.
    @discardableResult
    public func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(15)) async -> Int32 {
        process.signal(signal)
        await ProcessEnd.wait(for: process, outputs: [consoleEnded], timeout: timeout)
        return process.status ?? -1
    }

    deinit { process.signal(SIGTERM) }
}
