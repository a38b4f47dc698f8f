import PhoneLoginTestSupport

/// A tool the packaging tests ran failed.
enum ShellError: Error, CustomStringConvertible {
    /// The command, its exit status and what it said.
    case failed(String, BinaryRunner.Outcome)

    /// The command and what it said, for the test's report.
    var description: String {
        switch self {
        case .failed(let command, let outcome):
            "\(command) exited \(outcome.status)\nstdout: \(outcome.stdout.suffix(2_000))\nstderr: \(outcome.stderr.suffix(4_000))"
        }
    }
}
