/// How a text style is coloured: its foreground and background (nil: the terminal's own) and whether it is bold.
public struct StyleColors: Equatable, Sendable {
    /// The text's colour; nil for the terminal's default foreground.
    public var foreground: TerminalColor?
    /// The cell's colour; nil for the terminal's default background.
    public var background: TerminalColor?
    /// Bold (most terminals, the Linux console among them, show a bold foreground in its bright variant).
    public var bold: Bool

    /// Creates the colours of a style.
    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
    }
}
