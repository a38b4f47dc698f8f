import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginUI

/// What a kiosk needs besides the full-screen app's configuration: its timers, its words, and where logins go.
public struct KioskConfiguration: Sendable {
    /// The flow's settings, the idle time, the prompt's countdown, the success screen's time, the admin key.
    public var settings: KioskSettings
    /// The title and the banner.
    public var branding: KioskBranding
    /// Hands a login to the hook and the log and says how that went (it must return within its own timeout).
    public var handOff: @Sendable (LoginResult, PhoneNumber) async -> HandOffReport
    /// How often the whole screen is written again even when nothing changed (nil: never), for a terminal others may
    /// write to: a Linux console erases its display on `\e[3J` and shows the kernel's messages (`--repaint-every`).
    public var repaintInterval: Duration?

    /// Creates a configuration.
    public init(settings: KioskSettings, branding: KioskBranding, repaintInterval: Duration? = nil,
                handOff: @escaping @Sendable (LoginResult, PhoneNumber) async -> HandOffReport) {
        self.settings = settings
        self.branding = branding
        self.repaintInterval = repaintInterval
        self.handOff = handOff
    }
}
