import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI
import Testing

/// Every style a view draws text in, at least 4.5:1 (WCAG 2, AA for text) against its background on the Linux
/// console's sixteen colours and on xterm's: the styles gathered from the screens themselves, the colours from the one
/// table the curses canvas draws with.
@Suite("Colours: every text style readable on the console's and xterm's palette")
struct ColorContrastTests {
    /// The styles of every visible character on every full-screen and kiosk screen (the demo's banner and SMS panel
    /// included), at 80×24.
    static let stylesDrawn: Set<TextStyle> = {
        var styles: Set<TextStyle> = []
        let screens = LanguageLayoutTests.fullScreens(.english) + LanguageLayoutTests.kioskScreens(.english)
        for screen in screens {
            var canvas = BoundsCheckingCanvas(width: 80, height: 24)
            screen.draw(&canvas)
            for cell in canvas.grid.cells where cell.character != " " { styles.insert(cell.style) }
        }
        return styles
    }()

    @Test("the screens draw in several styles, the hints and the demo banner among them")
    func stylesAreGathered() {
        // The gathering itself: a screen list that lost its demo or its hints would check too little.
        #expect(Self.stylesDrawn.contains(.hint))
        #expect(Self.stylesDrawn.contains(.banner))
        #expect(Self.stylesDrawn.count >= 6, "\(Self.stylesDrawn)")
    }

    @Test("each style drawn is at least 4.5:1", arguments: [ColorPalette.linuxConsole, .xterm])
    func readable(_ palette: ColorPalette) {
        for style in Self.stylesDrawn {
            let ratio = palette.contrast(of: style.colors)
            #expect(ratio >= 4.5, "\(palette.name): \(style) is \((ratio * 100).rounded() / 100):1")
        }
    }

    @Test("WCAG's own figures: black on white 21:1, a colour on itself 1:1, #767676 on white just over 4.5:1")
    func wcagFigures() {
        let (black, white) = (ColorPalette.RGB(0x000000), ColorPalette.RGB(0xFFFFFF))
        #expect(abs(ColorPalette.contrast(black, white) - 21) < 0.001)
        #expect(abs(ColorPalette.contrast(white, black) - 21) < 0.001)
        #expect(ColorPalette.contrast(ColorPalette.RGB(0x336699), ColorPalette.RGB(0x336699)) == 1)
        // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 just fails (4.48:1).
        #expect(abs(ColorPalette.contrast(ColorPalette.RGB(0x767676), white) - 4.54) < 0.01)
        #expect(abs(ColorPalette.contrast(ColorPalette.RGB(0x777777), white) - 4.48) < 0.01)
    }

    @Test("the console shows bold in the bright foreground and never a bright background")
    func consoleBold() {
        let banner = StyleColors(foreground: .black, background: .yellow, bold: true)
        let console = ColorPalette.linuxConsole
        #expect(console.foreground(of: banner) == ColorPalette.RGB(0x555555))
        #expect(console.background(of: banner) == ColorPalette.RGB(0xAA5500))
        // The figures for the old styles: blue hints about 1.6:1, the bold black banner about 1.4:1.
        #expect(abs(console.contrast(of: StyleColors(foreground: .blue)) - 1.6) < 0.05)
        #expect(abs(console.contrast(of: banner) - 1.4) < 0.05)
    }
}
