import Foundation

/// Waiting for a child process to end: its exit, then the end of every pipe it writes to.
enum ProcessEnd {
    /// Returns once the process has exited and every one of `outputs` has fired. After `timeout` the process is killed,
    /// and 5 s after that the outputs are no longer waited for: a program the child left behind may hold a pipe open.
    static func wait(for process: SpawnedProcess, outputs: [ExitSignal], timeout: Duration) async {
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            process.signal(SIGKILL)
            try await Task.sleep(for: .seconds(5))
            outputs.forEach { $0.fire() }
        }
        await process.wait()
        for output in outputs { await output.wait() }
        watchdog.cancel()
    }
}
