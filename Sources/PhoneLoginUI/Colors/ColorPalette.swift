import Foundation

/// A terminal's sixteen colours as it shows them, and how it shows a style's: what the contrast of every style is
/// checked against.
public struct ColorPalette: Sendable {
    /// A colour as red, green and blue from 0 to 255.
    public struct RGB: Equatable, Sendable {
        /// Red.
        public var red: Int
        /// Green.
        public var green: Int
        /// Blue.
        public var blue: Int

        /// A colour from its hex value, e.g. 0xAA5500.
        public init(_ hex: Int) {
            red = hex >> 16 & 0xFF
            green = hex >> 8 & 0xFF
            blue = hex & 0xFF
        }
    }

    /// The palette's name, for messages.
    public let name: String
    /// Colours 0–7 and their bright variants 8–15.
    public let colors: [RGB]
    /// The colour (0–15) of text in the terminal's default foreground.
    public let defaultForeground: Int
    /// The colour (0–15) of the default background.
    public let defaultBackground: Int

    /// The Linux console's palette (`drivers/tty/vt/vt.c`'s `default_red`/`_grn`/`_blu`): light grey on black by
    /// default. Bold brightens the foreground; a background is always one of the eight dark colours.
    public static let linuxConsole = ColorPalette(name: "Linux console", colors: [
        0x000000, 0xAA0000, 0x00AA00, 0xAA5500, 0x0000AA, 0xAA00AA, 0x00AAAA, 0xAAAAAA,
        0x555555, 0xFF5555, 0x55FF55, 0xFFFF55, 0x5555FF, 0xFF55FF, 0x55FFFF, 0xFFFFFF,
    ].map(RGB.init), defaultForeground: 7, defaultBackground: 0)

    /// xterm's default palette (its `XTerm` resources, also tmux's and most emulators' near enough), with a dark
    /// default background; bold brightens the foreground (`boldColors`).
    public static let xterm = ColorPalette(name: "xterm", colors: [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ].map(RGB.init), defaultForeground: 7, defaultBackground: 0)

    /// The colour a style's text is shown in: its foreground (or the default), brightened when bold.
    public func foreground(of style: StyleColors) -> RGB {
        let base = style.foreground?.rawValue ?? defaultForeground
        return colors[style.bold && base < 8 ? base + 8 : base]
    }

    /// The colour behind a style's text: its background (or the default), never brightened.
    public func background(of style: StyleColors) -> RGB {
        colors[style.background?.rawValue ?? defaultBackground]
    }

    /// The WCAG 2 contrast ratio of a style's text against its background on this palette (1 to 21).
    public func contrast(of style: StyleColors) -> Double {
        Self.contrast(foreground(of: style), background(of: style))
    }
}

extension ColorPalette.RGB {
    /// The WCAG 2 relative luminance: the linearised sRGB channels weighted 0.2126, 0.7152, 0.0722.
    public var relativeLuminance: Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }
}

extension ColorPalette {
    /// The WCAG 2 contrast ratio of two colours: (lighter + 0.05) / (darker + 0.05).
    public static func contrast(_ one: RGB, _ other: RGB) -> Double {
        let (a, b) = (one.relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
