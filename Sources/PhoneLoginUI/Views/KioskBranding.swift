import PhoneAuthModel

/// A kiosk's own words: the title over the form (`--title`) and the banner in the top bar (`--banner`).
public struct KioskBranding: Equatable, Sendable {
    /// The title the kiosk shows by default, in English (`title(in:)` gives it in the visitor's language).
    public static let defaultTitle = Language.english.text(.titlePhone)

    /// The big title over the form as given, or nil for the default in the visitor's language.
    public var title: String?
    /// The text in the top bar (an event's name, say), or nil for none.
    public var banner: String?

    /// Creates branding.
    public init(title: String? = nil, banner: String? = nil) {
        self.title = title
        self.banner = banner
    }

    /// The title shown to a visitor speaking `language`: the one given, else "Sign in with your phone" in it.
    public func title(in language: Language) -> String {
        title ?? language.text(.titlePhone)
    }
}
