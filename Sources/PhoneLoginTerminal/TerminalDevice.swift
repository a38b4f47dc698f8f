/// A terminal given by its descriptors instead of `/dev/tty`, with the variables the session reads (`TERM`,
/// `NO_COLOR`) in place of the process's: how the tests run the curses programs in process on a pty. The session
/// works on duplicates of the descriptors; their owner closes its own.
public struct TerminalDevice: Sendable {
    /// Where keys are read.
    public var input: Int32
    /// Where frames are written.
    public var output: Int32
    /// `TERM` and `NO_COLOR` for this terminal.
    public var environment: [String: String]

    /// Creates a device.
    public init(input: Int32, output: Int32, environment: [String: String]) {
        self.input = input
        self.output = output
        self.environment = environment
    }
}
