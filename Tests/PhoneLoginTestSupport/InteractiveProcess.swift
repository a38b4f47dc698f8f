import Foundation

/// The built binary driven line by line through pipes, as an expect-style script drives it: lines written to its
/// stdin while it runs, its stdout and stderr read as they come.
public final class InteractiveProcess: Sendable {
    private let process: SpawnedProcess
    private let input: FileHandle
    private let output: TextBuffer
    private let errors: TextBuffer
    private let drained: [ExitSignal]

    /// Everything written to stdout so far.
    public var stdout: String { output.text }
    /// Everything written to stderr so far.
    public var stderr: String { errors.text }

    /// Starts the binary (or another `executable`, e.g. `chroot`) with `arguments` (the environment cleaned as
    /// `BinaryRunner` does, plus `environment`).
    public init(_ arguments: [String], executable: URL = BinaryRunner.executable, environment: [String: String] = [:]) throws {
        // A configuration directory of its own unless the test gives one, removed once the binary has exited.
        let scratch = environment["XDG_CONFIG_HOME"] == nil ? try ScratchConfiguration() : nil
        let variables = BinaryRunner.cleanEnvironment(configuration: scratch?.path).merging(environment) { $1 }
        let stdin = Pipe.closingOnExec(), stdout = Pipe.closingOnExec(), stderr = Pipe.closingOnExec()
        (input, output, errors) = (stdin.fileHandleForWriting, TextBuffer(), TextBuffer())
        drained = [ExitSignal(), ExitSignal()]
        do {
            process = try SpawnedProcess(SpawnedProcess.which(executable.path), arguments, environment: variables,
                                         stdin: stdin.fileHandleForReading.fileDescriptor,
                                         stdout: stdout.fileHandleForWriting.fileDescriptor,
                                         stderr: stderr.fileHandleForWriting.fileDescriptor) { scratch?.remove() }
        } catch {
            scratch?.remove()
            throw error
        }
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        for (pipe, buffer, closed) in [(stdout, output, drained[0]), (stderr, errors, drained[1])] {
            // A blocking read loop on a thread of its own: each chunk as it comes, then the end.
            let handle = pipe.fileHandleForReading
            DedicatedThread.start {
                while case let data = handle.availableData, !data.isEmpty { buffer.append(String(decoding: data, as: UTF8.self)) }
                closed.fire()
            }
        }
    }

    /// Writes one line (a newline is added) to its stdin.
    public func send(_ line: String) throws {
        try input.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Closes its stdin: the end of input.
    public func closeInput() {
        try? input.close()
    }

    /// Waits until stderr shows `text` (after `count - 1` earlier showings); returns stderr, or throws with it after `timeout`.
    @discardableResult
    public func waitFor(_ text: String, count: Int = 1, timeout: Duration = .seconds(45)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let seen = stderr
            if seen.components(separatedBy: text).count > count { return seen }
            if process.hasExited { break }
            try await Task.sleep(for: .milliseconds(30))
        }
        throw InteractiveProcessError.timedOut(waitingFor: text, stderr: stderr)
    }

    /// Sends a signal to it.
    public func signal(_ number: Int32) {
        process.signal(number)
    }

    /// Closes its stdin and waits for the exit (killed after `timeout`) and for both pipes to be read to their end
    /// (or 5 s more, should another process hold one open).
    public func finish(timeout: Duration = .seconds(30)) async -> BinaryRunner.Outcome {
        closeInput()
        await ProcessEnd.wait(for: process, outputs: drained, timeout: timeout)
        let status = process.status ?? -1
        return BinaryRunner.Outcome(status: status, stdout: stdout, stderr: stderr)
    }

    deinit { process.signal(SIGTERM) }
}
