import Foundation
import LoginEmulator
import PhoneLoginTerminal
import PhoneLoginUI
import Synchronization

/// Hands the demo emulator's SMS to the app once it exists.
final class SMSFeed: Sendable {
    private let app = Mutex<FullScreenApp?>(nil)
    private let pending = Mutex<[ViewContext.SMSLine]>([])

    func attach(_ app: FullScreenApp) {
        self.app.withLock { $0 = app }
        for line in pending.withLock({ lines in defer { lines = [] }; return lines }) { app.smsArrived(line) }
    }

    func deliver(_ message: SMSMessage) {
        let line = ViewContext.SMSLine(time: ClockText.localTime(Date()), to: message.phoneNumber, text: message.text)
        if let app = app.withLock({ $0 }) { app.smsArrived(line) } else { pending.withLock { $0.append(line) } }
    }
}
