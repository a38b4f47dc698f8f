import Foundation
import PhoneAuthModel
import PhoneLoginFlow

/// What the views need besides the flow: who we talk to, the demo's SMS messages, the wall clock.
public struct ViewContext: Sendable {
    /// One SMS in the demo panel.
    public struct SMSLine: Equatable, Sendable {
        /// When it was sent, `HH:mm:ss`.
        public var time: String
        /// The number it went to.
        public var to: String
        /// Its text (the code in full: this is the demo's phone), as the emulator wrote it.
        public var text: String
        /// The code it carries, when the demo knows it: then the SMS is worded in the visitor's language.
        public var code: String?
        /// The link it carries, if any.
        public var link: String?
        /// How long the code lives.
        public var lifetime: Duration?

        /// Creates a line.
        public init(time: String, to: String, text: String, code: String? = nil, link: String? = nil, lifetime: Duration? = nil) {
            self.time = time
            self.to = to
            self.text = text
            self.code = code
            self.link = link
            self.lifetime = lifetime
        }

        /// The SMS as the demo's phone shows it in `language`: the emulator's own text when the code is not known.
        public func text(in language: Language) -> String {
            guard let code, let lifetime else { return text }
            return DemoSMS.text(code: code, link: link, lifetime: lifetime, in: language)
        }
    }

    /// The server, e.g. "Xsolla Login" or "local emulator".
    public var serverLabel: String
    /// Whether this is demo mode (banner and SMS panel).
    public var demo: Bool
    /// The demo's SMS messages, oldest first.
    public var messages: [SMSLine]
    /// The Login project id, for the success screen.
    public var projectID: String?
    /// Now, on the wall clock (for "expires in …").
    public var wallClock: Date
    /// Whether the terminal shows Unicode (else the kiosk's block letters are drawn in `#`).
    public var unicode = true

    /// Creates a context.
    public init(serverLabel: String = "Xsolla Login", demo: Bool = false, messages: [SMSLine] = [], projectID: String? = nil,
                wallClock: Date = Date()) {
        self.serverLabel = serverLabel
        self.demo = demo
        self.messages = messages
        self.projectID = projectID
        self.wallClock = wallClock
    }
}
