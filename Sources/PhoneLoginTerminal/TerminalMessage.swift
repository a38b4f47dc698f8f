import PhoneLoginFlow
import PhoneLoginUI

/// What reaches a full-screen program from other threads besides answers and signals.
public enum TerminalMessage: Sendable {
    /// A demo SMS for the panel.
    case sms(ViewContext.SMSLine)
    /// A kiosk visitor's login was handed over (hook and log): how that went.
    case handOff(visitor: Int, HandOffReport)
}
