import PhoneAuthModel
import PhoneLoginFlow

/// What the plain mode needs besides the client: the flow's settings, the start options, where to read and write.
public struct PlainConfiguration: Sendable {
    /// Lifetimes, cooldowns, link flow, demo.
    public var settings: FlowSettings
    /// `login_url`, `payload`, `with_logout`, `link_url` for every start.
    public var startOptions: StartAuthOptions
    /// Where answers are read, a line at a time (stdin).
    public var inputDescriptor: Int32
    /// Where prompts, announcements and messages go (stderr), so that stdout carries only `--output`.
    public var outputDescriptor: Int32
    /// Demo mode: follows the SMS link of an operation on the in-process emulator.
    public var tapLink: (@Sendable (String) async -> Void)?

    /// Creates a configuration reading stdin and writing stderr unless told otherwise.
    public init(settings: FlowSettings, startOptions: StartAuthOptions, inputDescriptor: Int32 = 0, outputDescriptor: Int32 = 2,
                tapLink: (@Sendable (String) async -> Void)? = nil) {
        self.settings = settings
        self.startOptions = startOptions
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        self.tapLink = tapLink
    }
}
