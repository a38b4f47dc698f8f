import Foundation
import Synchronization

/// `phone-login emulator` running as its own process, with its console read as it comes.
public final class EmulatorProcess: Sendable {
    /// The root URL it printed, e.g. `http://127.0.0.1:43121`.
    public let rootURL: String
    private let process: Process
    private let console: TextBuffer
    private let pipe: Pipe
    private let exited: ExitSignal
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

    private init(rootURL: String, process: Process, console: TextBuffer, pipe: Pipe, exited: ExitSignal, consoleEnded: ExitSignal) {
        self.rootURL = rootURL
        self.process = process
        self.console = console
        self.pipe = pipe
        self.exited = exited
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
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["emulator", "--port", "0"] + arguments
        // A configuration directory of its own (the emulator reads none), removed once it has exited.
        let scratch = try ScratchConfiguration()
        process.environment = BinaryRunner.cleanEnvironment(configuration: scratch.path)
        // Close-on-exec: a process another test starts meanwhile must not inherit the write end and hold the console open.
        let pipe = Pipe.closingOnExec()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let console = TextBuffer()
        let consoleEnded = ExitSignal()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
                consoleEnded.fire()
                return
            }
            console.append(String(decoding: data, as: UTF8.self))
        }
        let exited = ExitSignal()
        process.terminationHandler = { _ in
            scratch.remove()
            exited.fire()
        }
        do { try process.run() } catch {
            scratch.remove()
            throw error
        }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, process.isRunning {
            if let line = console.text.split(separator: "\n").first(where: { $0.contains("listening on ") }),
               let root = line.split(separator: " ").last {
                return EmulatorProcess(rootURL: String(root), process: process, console: console, pipe: pipe, exited: exited,
                                       consoleEnded: consoleEnded)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw EmulatorProcessError.didNotStart(console.text)
    }

    /// Stops reading its console and closes the pipe, as `| head -1` does once it has its line.
    public func closeConsole() {
        pipe.fileHandleForReading.readabilityHandler = nil
        try? pipe.fileHandleForReading.close()
        consoleEnded.fire()
    }

    /// Whether the process is still running.
    public var isRunning: Bool { process.isRunning }

    /// Sends a signal and waits for the exit (SIGKILL after `timeout`) and for its console's last line; returns the
    /// exit code.
    @discardableResult
    public func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(15)) async -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        await ProcessEnd.wait(for: process, exited: exited, outputs: [consoleEnded], timeout: timeout)
        return process.terminationStatus
    }

    deinit { if process.isRunning { process.terminate() } }
}
