extension TextStyle {
    /// The style's colours on a colour terminal: the one table the curses canvas draws with and the contrast test
    /// checks (each at least 4.5:1 on the Linux console's and on xterm's palette, text on the default background
    /// taken as dark). Blue text (1.6:1 on the console) and bold black on yellow (dark grey on brown there, 1.4:1)
    /// were readable on no console.
    public var colors: StyleColors {
        switch self {
        case .titleBar: StyleColors(foreground: .white, background: .blue, bold: true)
        case .banner: StyleColors(foreground: .black, background: .cyan)
        case .frame: StyleColors(foreground: .cyan)
        case .label, .strong: StyleColors(bold: true)
        case .normal: StyleColors()
        case .field: StyleColors(foreground: .white)
        case .hint: StyleColors(foreground: .cyan)
        case .error: StyleColors(foreground: .red, bold: true)
        case .success: StyleColors(foreground: .green, bold: true)
        case .urgent: StyleColors(foreground: .white, background: .red, bold: true)
        }
    }
}
