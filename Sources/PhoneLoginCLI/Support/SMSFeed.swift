import Foundation
import LoginEmulator
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginPrompt
import PhoneLoginTerminal
import PhoneLoginUI
import Synchronization

/// Hands the demo emulator's SMS to the front-end once it exists (the emulator may send before it is attached).
final class SMSFeed: Sendable {
    private typealias Sink = @Sendable (SMSMessage, Date) -> Void
    private let sink = Mutex<Sink?>(nil)
    private let pending = Mutex<[(SMSMessage, Date)]>([])
    /// How long the demo's codes live (the emulator is given the same), for wording its SMS in the visitor's language.
    let codeLifetime: Duration
    /// The language plain mode says an SMS in (the full screen words each in the language on the screen).
    let language: Language

    /// A feed for a demo whose codes live `codeLifetime`.
    init(codeLifetime: Duration, language: Language) {
        self.codeLifetime = codeLifetime
        self.language = language
    }

    /// Shows every SMS in the full screen's panel, those sent so far first.
    func attach(_ app: FullScreenApp) {
        attach { message, time in
            app.smsArrived(ViewContext.SMSLine(time: ClockText.localTime(time), to: message.phoneNumber, text: message.text,
                                               code: message.code, link: message.link, lifetime: self.codeLifetime))
        }
    }

    /// Says every SMS as a line in plain mode, those sent so far first.
    func attach(_ prompts: PlainLogin) {
        attach { message, _ in
            prompts.smsArrived(to: message.phoneNumber,
                               text: DemoSMS.text(code: message.code, link: message.link, lifetime: self.codeLifetime, in: self.language))
        }
    }

    /// Passes an SMS on, or keeps it until a front-end is attached.
    func deliver(_ message: SMSMessage) {
        let now = Date()
        if let sink = sink.withLock({ $0 }) { sink(message, now) } else { pending.withLock { $0.append((message, now)) } }
    }

    private func attach(_ deliver: @escaping Sink) {
        sink.withLock { $0 = deliver }
        for (message, time) in pending.withLock({ kept in defer { kept = [] }; return kept }) { deliver(message, time) }
    }
}
