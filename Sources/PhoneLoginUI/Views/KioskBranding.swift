/// A kiosk's own words: the title over the form (`--title`) and the banner in the top bar (`--banner`).
public struct KioskBranding: Equatable, Sendable {
    /// The title the kiosk shows by default.
    public static let defaultTitle = "Sign in with your phone"

    /// The big title over the form.
    public var title: String
    /// The text in the top bar (an event's name, say), or nil for none.
    public var banner: String?

    /// Creates branding.
    public init(title: String = defaultTitle, banner: String? = nil) {
        self.title = title
        self.banner = banner
    }
}
