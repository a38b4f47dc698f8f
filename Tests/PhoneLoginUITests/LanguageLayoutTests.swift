import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginUI
import Testing

/// Every screen in every language at 80×24 and at the 48×16 minimum: nothing drawn outside the window, no row wider
/// than it, every box's right edge where the layout put it (text that ran over would have overwritten it), and the
/// screen in that language (its title there).
@Suite("Each screen in each language fits: wide characters measured as two cells")
struct LanguageLayoutTests {
    typealias H = RenderHarness
    static let sizes = [(80, 24), (48, 16)]

    /// A screen to draw: its name, and how to draw it into a canvas.
    struct Screen {
        let name: String
        let boxes: (_ width: Int, _ height: Int) -> [ScreenLayout.Rect]
        let draw: (inout BoundsCheckingCanvas) -> Void
    }

    static let wrongCode = AuthError.server(ServerError(status: 401, code: "003-001", description: "x", details: ["attempts_left": .number(2)]))

    static func fullScreens(_ language: Language) -> [Screen] {
        let plain = FlowSettings(language: language)
        let demo = FlowSettings(linkFlow: true, demo: true, language: language)
        let sms = [ViewContext.SMSLine(time: "12:00:01", to: "+4915112345678", text: "Your Xsolla Login code is 4821. It expires in 3 minutes.")]
        let examples: [(String, FlowSettings, [(FlowEvent, Duration)], Bool)] = [
            ("phone, empty", plain, [], false),
            ("phone, too few digits", plain, H.typing("+49 1"), false),
            ("phone, refused on Enter", plain, H.typing("+49 1") + [(.key(.enter), .zero)], false),
            ("phone, a refused key", plain, H.typing("+49") + [(.key(.character("€")), .zero)], false),
            ("phone, sending", plain, H.typing("+4915112345678") + [(.key(.enter), .zero)], false),
            ("phone, server unreachable", plain, H.typing("+4915112345678") + [(.key(.enter), .zero),
                (.startFinished(requestID: 1, .failure(.transport(.connectionRefused))), .milliseconds(200))], false),
            ("code", plain, H.codeScreen(typed: "12"), false),
            ("code, demo with the link and the SMS panel", demo, H.codeScreen(typed: "12"), true),
            ("code, wrong code, tries left", plain, H.codeScreen(typed: "1234") + [(.key(.enter), .zero),
                (.confirmFinished(requestID: 2, .failure(wrongCode)), .milliseconds(200))], false),
            ("code, expired", plain, H.codeScreen(after: .seconds(200)), false),
            ("code, too short", plain, H.codeScreen(typed: "1") + [(.key(.enter), .zero)], false),
            ("success", plain, H.codeScreen(typed: "4821") + [(.key(.enter), .zero),
                (.confirmFinished(requestID: 2, .success(H.login)), .milliseconds(200))], false),
            ("phone, demo with the SMS panel", demo, [], true),
        ]
        return examples.map { name, settings, steps, withPanel in
            let (flow, now) = H.flow(settings, steps)
            let context = ViewContext(serverLabel: withPanel ? language.text(.serverEmulator) : "Xsolla Login", demo: withPanel,
                                      messages: withPanel && flow.screen == .code ? sms : [], wallClock: H.wall)
            return Screen(name: name, boxes: { width, height in
                let layout = ScreenLayout(width: width, height: height, withPanel: withPanel)
                return [layout.form] + (layout.panel.map { [$0] } ?? [])
            }, draw: { canvas in LoginView.draw(flow, at: now, context: context, on: &canvas) })
        }
    }

    static func kioskScreens(_ language: Language) -> [Screen] {
        let settings = KioskSettings(flow: FlowSettings(language: language))
        let branding = KioskBranding(banner: "Game Expo 2026 · Hall B")
        let keys = H.typing("+4915112345678").map { (KioskEvent.flow($0.0), $0.1) }
        let code = H.codeScreen(typed: "12").map { (KioskEvent.flow($0.0), $0.1) }
        let signedIn = H.codeScreen(typed: "4821").map { (KioskEvent.flow($0.0), $0.1) }
            + [(.flow(.key(.enter)), .zero), (.flow(.confirmFinished(requestID: 2, .success(H.login))), .milliseconds(200))]
        let examples: [(String, [(KioskEvent, Duration)])] = [
            ("kiosk phone", keys),
            ("kiosk code", code),
            ("kiosk still there", keys + [(.flow(.tick), .seconds(60)), (.flow(.tick), .milliseconds(3_500))]),
            ("kiosk handing over", signedIn),
            ("kiosk signed in, the hand-off failed", signedIn + [(.handOffFinished(visitor: 1, HandOffReport(hook: .timedOut(seconds: 10), logged: false)), .seconds(1))]),
        ]
        return examples.map { name, steps in
            var kiosk = KioskSession(settings: settings, at: H.start)
            var now = H.start
            for (event, delay) in steps {
                now = now + delay
                _ = kiosk.handle(event, at: now)
            }
            let (session, instant) = (kiosk, now)
            return Screen(name: name, boxes: { width, height in
                let titles = KioskTitle.choices(for: branding.title(in: language), width: width - 4)
                let layout = KioskLayout(width: width, height: height, demo: false, banner: true, titles: titles,
                                         countdown: session.phase == .form && session.flow.screen == .code)
                return [layout.form]
            }, draw: { canvas in
                KioskView.draw(session, at: instant, context: ViewContext(wallClock: H.wall), branding: branding, on: &canvas)
            })
        }
    }

    @Test("the full screen and the kiosk", arguments: Language.allCases, sizes)
    func fits(_ language: Language, _ size: (Int, Int)) {
        let (width, height) = size
        for screen in Self.fullScreens(language) + Self.kioskScreens(language) {
            var canvas = BoundsCheckingCanvas(width: width, height: height)
            screen.draw(&canvas)
            let grid = canvas.grid
            let picture = "\n" + grid.lines.joined(separator: "\n")
            #expect(canvas.strays == [], "\(language.tag) \(width)×\(height) \(screen.name): drawn outside the window\(picture)")
            for (row, line) in grid.lines.enumerated() {
                #expect(line.cellWidth <= width, "\(language.tag) \(width)×\(height) \(screen.name): row \(row) is wider than the window\(picture)")
            }
            for box in screen.boxes(width, height) {
                let right = box.column + box.width - 1
                for row in box.row..<box.bottom {
                    let edge = grid.cells[row * width + right].character
                    let expected: Character = row == box.row ? "┐" : row == box.bottom - 1 ? "┘" : "│"
                    #expect(edge == expected, "\(language.tag) \(width)×\(height) \(screen.name): row \(row) ran over the box's right edge\(picture)")
                }
            }
        }
    }

    @Test("each screen speaks its language: its title is there", arguments: Language.allCases)
    func speaks(_ language: Language) {
        let (flow, now) = H.flow(FlowSettings(language: language), H.codeScreen())
        let grid = H.render(flow, at: now)
        #expect(grid.find(language.text(.titleCode)) != nil, "\(grid.lines.joined(separator: "\n"))")
        #expect(grid.find(language.text(.codeLabel)) != nil)
        if language != .english { #expect(grid.find("Enter the code") == nil) }
    }

    @Test("below the minimum size the message fits in every language", arguments: Language.allCases, [(47, 16), (48, 15), (20, 5)])
    func tooSmall(_ language: Language, _ size: (Int, Int)) {
        var canvas = BoundsCheckingCanvas(width: size.0, height: size.1)
        let (flow, now) = H.flow(FlowSettings(language: language), [])
        LoginView.draw(flow, at: now, context: ViewContext(wallClock: H.wall), on: &canvas)
        #expect(canvas.strays == [])
        #expect(canvas.grid.lines.allSatisfy { $0.cellWidth <= size.0 })
        // Wide enough for a line of words, the message is whole (in a tiny window a word may break across lines).
        if size.0 > 40 { #expect(canvas.grid.lines.joined().contains("phone-login")) }
    }
}
