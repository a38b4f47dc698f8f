import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginTestSupport
import PhoneLoginUI
import Testing

@Suite("The kiosk screens rendered into the in-memory grid")
struct KioskViewTests {
    typealias H = RenderHarness

    /// A kiosk after the given events, and the instant after them.
    /// A login flow's steps as the kiosk's.
    static func flowSteps(_ steps: [(FlowEvent, Duration)]) -> [(KioskEvent, Duration)] {
        steps.map { (KioskEvent.flow($0.0), $0.1) }
    }

    static func kiosk(_ steps: [(KioskEvent, Duration)], settings: KioskSettings = KioskSettings()) -> (KioskSession, ContinuousClock.Instant) {
        var kiosk = KioskSession(settings: settings, at: H.start)
        var now = H.start
        for (event, delay) in steps {
            now = now + delay
            _ = kiosk.handle(event, at: now)
        }
        return (kiosk, now)
    }

    static func keys(_ text: String) -> [(KioskEvent, Duration)] { text.map { (.flow(.key(.character($0))), .zero) } }

    static var signedIn: [(KioskEvent, Duration)] {
        Self.flowSteps(H.codeScreen(typed: "4821")) + [
            (.flow(.key(.enter)), .zero), (.flow(.confirmFinished(requestID: 2, .success(H.login))), .milliseconds(200)),
        ]
    }

    static func render(_ kiosk: KioskSession, at now: ContinuousClock.Instant, width: Int = 80, height: Int = 24,
                       context: ViewContext = ViewContext(wallClock: H.wall),
                       branding: KioskBranding = KioskBranding(banner: "Game Expo 2026 · Hall B")) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        KioskView.draw(kiosk, at: now, context: context, branding: branding, on: &grid)
        return grid
    }

    /// The words inside the boxes, lines joined: wrapped sentences read whole.
    static func prose(_ grid: CellGrid) -> String {
        grid.lines.map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test("the phone form at 80×24, row by row: banner, spaced title (block letters would not fit), a wide centred form")
    func phoneForm() {
        let (kiosk, now) = Self.kiosk(Self.keys("+49 1"))
        let grid = Self.render(kiosk, at: now)
        let left = String(repeating: " ", count: 8)
        #expect(grid.line(2) == String(repeating: " ", count: 28) + "Game Expo 2026 · Hall B")
        #expect(grid.style(row: 2, column: 27) == .titleBar && grid.style(row: 2, column: 51) == .titleBar && grid.style(row: 2, column: 26) == .normal)
        #expect(grid.line(0).isEmpty && grid.line(1).isEmpty && grid.line(3).isEmpty && grid.line(5).isEmpty, "no bar outside demo mode")
        #expect(grid.line(4) == String(repeating: " ", count: 17) + "S I G N   I N   W I T H   Y O U R   P H O N E")
        #expect(grid.style(row: 4, column: 17) == .strong)
        #expect(grid.line(6) == left + "┌─ Step 1 of 2: your phone number " + String(repeating: "─", count: 29) + "┐")
        #expect(grid.line(8) == left + "│  Phone number" + String(repeating: " ", count: 48) + "│")
        #expect(grid.line(9) == left + "│  [+49 1" + String(repeating: "_", count: 51) + "]  │")
        #expect(grid.line(10).contains("2 more digits at least (5–25 after the +)."))
        #expect(grid.line(12).contains("The code arrives by SMS and lives 3 minutes."))
        #expect(grid.line(16) == left + "└" + String(repeating: "─", count: 62) + "┘")
        #expect(grid.line(23) == " Enter send code · Ctrl-L Deutsch · Ctrl-U clear · Esc start over")
        #expect(!grid.lines.joined().contains("quit"), "nothing on a kiosk says how to leave it")
        #expect(grid.cursor?.row == 9 && grid.cursor?.column == 17)
    }

    @Test("without a banner the title comes first: in block letters when they fit, else spaced out, a long one as typed", arguments: [
        (80, "Welcome", 1, "█   █ ████ █     ███  ██  █   █ ████"),
        (48, "Welcome", 0, "W E L C O M E"),
        (48, "Sign in with your phone", 0, "Sign in with your phone"),
        (80, String(repeating: "Long title ", count: 9), 3, "Long title Long title"),
    ])
    func titles(_ example: (Int, String, Int, String)) {
        let (kiosk, now) = Self.kiosk([])
        let grid = Self.render(kiosk, at: now, width: example.0, height: example.0 == 48 ? 16 : 24,
                               branding: KioskBranding(title: example.1))
        #expect((0..<example.2).allSatisfy { grid.line($0).isEmpty })
        #expect(grid.line(example.2).trimmingCharacters(in: .whitespaces).hasPrefix(example.3))
        #expect(grid.line(example.2).count <= example.0)
    }

    @Test("\"Are you still there?\" hides the form, shows its countdown and how to go on")
    func stillThere() {
        let (kiosk, now) = Self.kiosk(Self.keys("+4915112345678") + [(.flow(.tick), .seconds(60)), (.flow(.tick), .milliseconds(3_500))])
        let grid = Self.render(kiosk, at: now)
        #expect(grid.line(9).trimmingCharacters(in: .whitespaces) == "│                     Are you still there?                     │")
        #expect(grid.line(11).contains("Press any key to continue."))
        #expect(grid.line(13).contains("Starting over in 0:17"))
        #expect(grid.style(row: 13, column: 40) == .strong)
        #expect(grid.line(23) == " Any key continue · Esc start over")
        #expect(!grid.lines.joined().contains("+4915112345678"), "the number is not left on show")
        #expect(grid.cursor == nil)
        let (late, lateNow) = Self.kiosk(Self.keys("+49") + [(.flow(.tick), .seconds(60)), (.flow(.tick), .seconds(16))])
        #expect(Self.render(late, at: lateNow).find("Starting over in 0:04").map { Self.render(late, at: lateNow).style(row: $0.row, column: $0.column) } == .urgent,
                "the last five seconds stand out")
    }

    @Test("success: the masked number, never the token; the hand-off's problem in polite words; the countdown", arguments: [
        (HandOffReport?.none, "Finishing your sign-in…"),
        (.some(HandOffReport(hook: .succeeded, logged: true)), "This screen clears in 5 s."),
        (.some(HandOffReport(hook: .exited(3))), "passing it on did not (the command exited with status 3)"),
        (.some(HandOffReport(hook: .timedOut(seconds: 10))), "(the command took longer than 10 s)"),
        (.some(HandOffReport(logged: false)), "but it could not be recorded."),
    ])
    func success(_ example: (HandOffReport?, String)) {
        var steps = Self.signedIn
        if let report = example.0 { steps.append((.handOffFinished(visitor: 1, report), .seconds(1))) }
        let (kiosk, now) = Self.kiosk(steps)
        let grid = Self.render(kiosk, at: now)
        let text = grid.lines.joined(separator: "\n")
        #expect(grid.line(8).contains("✓ You are signed in"))
        #expect(grid.line(10).contains("with +49 •••• •••••78"))
        #expect(Self.prose(grid).contains(example.1))
        #expect(!text.contains(H.login.token) && !text.contains(H.login.maskedToken) && !text.contains("eyJ"), "no trace of the token")
        #expect(grid.line(23) == (example.0 == nil ? "" : " Enter next person"))
        if example.0?.hasProblem == true {
            let problem = grid.find("Your sign-in worked")
            #expect(problem.map { grid.style(row: $0.row, column: $0.column) } == .error, "a problem is drawn as one")
        }
    }

    @Test("at the minimum size everything fits; below it, a clear message", arguments: [(48, 16, false), (47, 16, true), (48, 15, true)])
    func sizes(_ example: (Int, Int, Bool)) {
        let (kiosk, now) = Self.kiosk(Self.flowSteps(H.codeScreen(typed: "12")))
        let grid = Self.render(kiosk, at: now, width: example.0, height: example.1)
        let text = grid.lines.joined(separator: " ")
        if example.2 {
            #expect(text.contains("Make the window") && text.contains("larger"))
        } else {
            #expect(grid.line(0) == String(repeating: " ", count: 12) + "Game Expo 2026 · Hall B")
            #expect(grid.line(1) == String(repeating: " ", count: 12) + "Sign in with your phone")
            #expect(grid.line(2) == "  ┌─ Step 2 of 2: the code from the SMS ─────┐")
            #expect(grid.line(6) == "  │  Code  [12____________] expires in 2:59  │")
            #expect(grid.line(12) == "  └" + String(repeating: "─", count: 42) + "┘")
            #expect(grid.line(15) == " Enter sign in · R new code · Esc change number")
        }
    }

    @Test("the code screen's countdown in block letters when there is room: red in the last 30 seconds, 0:00 once expired",
          arguments: [(Duration.seconds(1), "2:59", TextStyle.strong), (.seconds(150), "0:30", .error), (.seconds(200), "0:00", .error)])
    func bigCountdown(_ example: (Duration, String, TextStyle)) throws {
        // An idle time past the code's lifetime: the visitor is reading the SMS, not gone.
        let (kiosk, now) = Self.kiosk(Self.flowSteps(H.codeScreen(after: example.0)),
                                      settings: KioskSettings(idleTimeout: .seconds(600)))
        let grid = Self.render(kiosk, at: now, width: 100, height: 30, branding: KioskBranding(title: "Game Expo"))
        let indent = String(repeating: " ", count: (100 - BlockFont.standard.width(of: example.1)!) / 2)
        let digits = try #require(BlockFont.standard.render(example.1))
            .map { (indent + BlockFont.inked($0, with: "█")).droppingTrailingSpaces }
        let row = try #require((0..<30).first { grid.line($0) == digits[0] }, "\(example.1) in block letters, centred:\n\(grid.lines.joined(separator: "\n"))")
        #expect(row > grid.find("└")!.row, "under the form")
        #expect((0..<5).allSatisfy { grid.line(row + $0) == digits[$0] })
        #expect(grid.style(row: row + 4, column: indent.count) == example.2)
        let (phone, phoneNow) = Self.kiosk(Self.keys("+49"))
        #expect(Self.render(phone, at: phoneNow, width: 100, height: 30, branding: KioskBranding(title: "Game Expo")).lines.filter { $0.contains("█") }.count == 5,
                "no countdown on the phone screen: only the title is in block letters")
        #expect(Self.render(kiosk, at: now, branding: KioskBranding(title: "Game Expo")).lines.filter { $0.contains("█") }.count == 5,
                "at 80×24 only the title is in block letters")
    }

    @Test("demo mode: the SMS panel beside the form when wide, below it at 80×24", arguments: [(100, 30, true), (80, 24, false)])
    func demoPanel(_ example: (Int, Int, Bool)) {
        let context = ViewContext(serverLabel: "local emulator", demo: true,
                                  messages: [.init(time: "20:41:07", to: "+4915112345678", text: "Your Xsolla Login code is 4821.")], wallClock: H.wall)
        let (kiosk, now) = Self.kiosk(Self.flowSteps(H.codeScreen()))
        let grid = Self.render(kiosk, at: now, width: example.0, height: example.1, context: context)
        #expect(grid.line(0).hasSuffix(" DEMO: local emulator, no real SMS"))
        #expect(grid.style(row: 0, column: 0) == .titleBar)
        let panel = grid.find("SMS (demo phone)")!, form = grid.find("Step 2 of 2")!
        if example.2 {
            #expect(panel.row == form.row && panel.column > form.column + 40, "beside")
        } else {
            #expect(panel.row > form.row + 10, "below")
        }
        #expect(grid.find("Your Xsolla Login code is 4821.") != nil)
    }
}
