import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginUI

/// What the full-screen UI needs besides the client: the flow's settings, the start options, what to show.
public struct FullScreenConfiguration: Sendable {
    /// Lifetimes, cooldowns, link flow, demo.
    public var settings: FlowSettings
    /// `login_url`, `payload`, `with_logout`, `link_url` for every start.
    public var startOptions: StartAuthOptions
    /// The title bar's server label, demo banner, project id.
    public var context: ViewContext
    /// Leave right after a successful login (scripts using `--output`) instead of waiting for a key.
    public var exitOnSuccess: Bool
    /// Demo mode: follows the SMS link of an operation on the in-process emulator.
    public var tapLink: (@Sendable (String) async -> Void)?
    /// What the terminal can show (`ConsoleFont.detect()`); symbols it lacks are drawn as their stand-ins.
    public var glyphs: GlyphRepertoire
    /// The terminal to draw on instead of `/dev/tty` (nil: `/dev/tty`): a pty's slave, for the programs in process.
    public var device: TerminalDevice?

    /// Creates a configuration.
    public init(settings: FlowSettings, startOptions: StartAuthOptions, context: ViewContext, exitOnSuccess: Bool,
                tapLink: (@Sendable (String) async -> Void)? = nil, glyphs: GlyphRepertoire = .everything) {
        self.settings = settings
        self.startOptions = startOptions
        self.context = context
        self.exitOnSuccess = exitOnSuccess
        self.tapLink = tapLink
        self.glyphs = glyphs
    }
}
