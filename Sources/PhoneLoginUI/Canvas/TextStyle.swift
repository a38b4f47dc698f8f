/// What a piece of text is, for the canvas to pick colours or (without colours) attributes.
public enum TextStyle: Hashable, Sendable, CaseIterable {
    /// Body text.
    case normal
    /// The title bar.
    case titleBar
    /// The demo-mode banner.
    case banner
    /// A box's frame and title.
    case frame
    /// A field label.
    case label
    /// The inside of a field.
    case field
    /// Secondary text: hints, key help.
    case hint
    /// A problem.
    case error
    /// Good news.
    case success
    /// The countdown in its last 30 seconds.
    case urgent
    /// Emphasised body text (the SMS code in the panel).
    case strong
}
