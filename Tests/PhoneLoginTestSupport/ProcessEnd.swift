import Foundation

/// Waiting for a child process to end: its exit, then the end of every pipe it writes to.
enum ProcessEnd {
    /// Returns once `exited` and every one of `outputs` have fired. After `timeout` the process is killed, and 5 s after
    /// that the outputs are no longer waited for: a process started meanwhile may have inherited a pipe and hold it open.
    static func wait(for process: Process, exited: ExitSignal, outputs: [ExitSignal], timeout: Duration) async {
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            try await Task.sleep(for: .seconds(5))
            outputs.forEach { $0.fire() }
        }
        await exited.wait()
        for output in outputs { await output.wait() }
        watchdog.cancel()
    }
}
