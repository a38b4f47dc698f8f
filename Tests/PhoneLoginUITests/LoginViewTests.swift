import PhoneLoginFlow
import PhoneLoginUI
import Testing

@Suite("Each screen rendered into the in-memory grid")
struct LoginViewTests {
    typealias H = RenderHarness

    @Test("the phone screen at 80×24, row by row")
    func phoneScreen() {
        let (flow, now) = H.flow(FlowSettings(), H.typing("+49 1"))
        let grid = H.render(flow, at: now)
        let left = String(repeating: " ", count: 11)
        #expect(grid.line(0) == " phone-login · Xsolla Login")
        #expect(grid.line(2) == left + "┌─ Sign in with your phone " + String(repeating: "─", count: 30) + "┐")
        #expect(grid.line(4) == left + "│  Phone number" + String(repeating: " ", count: 42) + "│")
        #expect(grid.line(5) == left + "│  [+49 1" + String(repeating: "_", count: 45) + "]  │")
        #expect(grid.line(6).contains("2 more digits at least (5–25 after the +)."))
        #expect(grid.line(8).contains("The code arrives by SMS and lives 3 minutes."))
        #expect(grid.line(12) == left + "└" + String(repeating: "─", count: 56) + "┘")
        #expect(grid.line(3) == left + "│  Country  none: start with +" + String(repeating: " ", count: 14) + "Tab: change  │")
        #expect(grid.line(23) == " Enter send code · Tab country · Ctrl-U clear · Esc quit")
        #expect(grid.cursor?.row == 5 && grid.cursor?.column == 20, "the cursor sits after the typed text")
        #expect(grid.style(row: 0, column: 1) == .titleBar)
        #expect(grid.style(row: 5, column: 16) == .field)
    }

    @Test("the lifetime note follows the setting", arguments: [(Duration.seconds(180), "3 minutes"), (.seconds(60), "1 minute"), (.seconds(3), "3 seconds"), (.seconds(90), "90 seconds")])
    func lifetimeNote(_ example: (Duration, String)) {
        let (flow, now) = H.flow(FlowSettings(codeLifetime: example.0), [])
        #expect(H.render(flow, at: now).line(8).contains("The code arrives by SMS and lives \(example.1)."))
    }

    @Test("a valid number says Enter sends it")
    func validHint() {
        let (flow, now) = H.flow(FlowSettings(), H.typing("+4915112345678"))
        let grid = H.render(flow, at: now)
        let (row, column) = grid.find("Press Enter to get a code by SMS.")!
        #expect(row == 6)
        #expect(grid.style(row: row, column: column) == .success)
    }

    @Test("sending: a spinner, the field locked, Esc to cancel")
    func sending() {
        let (flow, now) = H.flow(FlowSettings(), H.typing("+4915112345678") + [(.key(.enter), .zero), (.tick, .milliseconds(250))])
        let grid = H.render(flow, at: now)
        #expect(grid.line(8).contains("│  ⠹ Sending a code…") && grid.line(8).hasSuffix("│"))
        #expect(grid.line(23) == " Esc cancel · Ctrl-C quit")
        #expect(grid.cursor == nil)
    }

    @Test("the code screen: masked number, countdown, resend wait", arguments: [
        (Duration.seconds(1), "expires in 2:59", TextStyle.normal, "New code (R) in 0:29"),
        (.seconds(150), "expires in 0:30", .urgent, "Press R for a new code"),
        (.seconds(179), "expires in 0:01", .urgent, "Press R for a new code"),
        (.seconds(181), "Code expired", .error, "Press R for a new code"),
    ])
    func codeScreen(_ example: (Duration, String, TextStyle, String)) {
        let (flow, now) = H.flow(FlowSettings(), H.codeScreen(typed: "48", after: example.0))
        let grid = H.render(flow, at: now)
        #expect(grid.line(2).contains("┌─ Enter the code from the SMS "))
        #expect(grid.line(4).contains("│  Code sent to +49 •••• •••••78"))
        #expect(!grid.lines.joined().contains("4915112345678"), "the number is never shown whole")
        let timer = grid.find(example.1)
        #expect(timer?.row == 6)
        #expect(timer.map { grid.style(row: $0.row, column: $0.column) } == example.2)
        #expect(grid.line(8).contains(example.3))
        let expired = example.0 > .seconds(180)
        #expect(grid.line(6).contains(expired ? "[              ]" : "[48____________]"), "an expired field is emptied and locked")
        #expect((grid.cursor != nil) == !expired, "a locked field shows no cursor")
        if expired { #expect(grid.line(13).contains("Code expired. Press R for a new code.")) }
    }

    @Test("a wrong code: the notice with Xsolla's code under the form")
    func wrongCode() {
        let error = PhoneAuthErrors.wrongCode
        var (flow, now) = H.flow(FlowSettings(), H.codeScreen(typed: "0000") + [(.key(.enter), .zero)])
        _ = flow.handle(.confirmFinished(requestID: 2, .failure(error)), at: now)
        now = now + .milliseconds(10)
        let grid = H.render(flow, at: now)
        #expect(grid.line(13).contains("Wrong code. Check the SMS and try again (2 tries left)."))
        #expect(grid.line(14).contains("(Xsolla 003-001, HTTP 401)"), "a long notice wraps to a second line")
        #expect(grid.style(row: 13, column: 12) == .error)
        #expect(grid.line(6).contains("[______________]"), "the field was cleared")
    }

    @Test("success: user, mode, expiry, project, the token masked")
    func success() {
        var (flow, now) = H.flow(FlowSettings(), H.codeScreen(typed: "4821") + [(.key(.enter), .zero)])
        _ = flow.handle(.confirmFinished(requestID: 2, .success(H.login)), at: now)
        let grid = H.render(flow, at: now, context: ViewContext(projectID: nil, wallClock: H.wall))
        #expect(grid.line(4).contains("│  ✓ Signed in"))
        #expect(grid.line(6).contains("User     7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90"))
        #expect(grid.line(7).contains("Mode     JWT "))
        #expect(grid.line(8).contains("Expires  2026-11-22 22:26 UTC (in 24 h)"))
        #expect(grid.line(9).contains("Project  6b1f2c3a-0000-4000-8000-000000000001"))
        #expect(grid.line(10).contains("Token    eyJhbGci…re12  (signature checked)"))
        #expect(!grid.lines.joined().contains(H.login.token), "the token is never shown whole")
        #expect(grid.line(23) == " Any key: finish")
    }

    @Test("success in OAuth 2.0: the mode says whether it refreshes, the expiry is the access token's", arguments: [
        ("refresh-1", "OAuth 2.0, refreshable"), (nil, "OAuth 2.0, no refresh token"),
    ] as [(String?, String)])
    func oauthSuccess(refreshToken: String?, mode: String) {
        var login = H.login
        login.mode = .oauth2
        login.refreshToken = refreshToken
        login.expiresIn = 3_600
        login.claims.expiresAt = H.wall.addingTimeInterval(3_600)
        var (flow, now) = H.flow(FlowSettings(), H.codeScreen(typed: "4821") + [(.key(.enter), .zero)])
        _ = flow.handle(.confirmFinished(requestID: 2, .success(login)), at: now)
        let grid = H.render(flow, at: now, context: ViewContext(projectID: nil, wallClock: H.wall))
        #expect(grid.line(7).contains("Mode     \(mode)"))
        #expect(grid.line(8).contains("Expires  2026-11-21 23:26 UTC (in 1 h)"))
        #expect(!grid.lines.joined().contains("refresh-1"), "the refresh token is never shown")
    }

    @Test("demo mode: banner, and the SMS panel beside the form when wide, below it when narrow", arguments: [(100, 30, true), (60, 30, false)])
    func demoPanel(_ example: (Int, Int, Bool)) {
        let context = ViewContext(serverLabel: "local emulator", demo: true,
                                  messages: [.init(time: "20:41:07", to: "+4915112345678", text: "Your Xsolla Login code is 4821. It expires in 3 min.")],
                                  wallClock: H.wall)
        let (flow, now) = H.flow(FlowSettings(), H.codeScreen())
        let grid = H.render(flow, at: now, width: example.0, height: example.1, context: context)
        #expect(grid.line(0).contains("DEMO"))
        let panel = grid.find("SMS (demo phone)")!
        let form = grid.find("Enter the code from the SMS")!
        if example.2 {
            #expect(panel.row == form.row && panel.column > form.column + 40, "beside")
        } else {
            #expect(panel.row > form.row + 10, "below")
        }
        #expect(grid.find("Your Xsolla Login code is 4821.") != nil, "the demo shows the code as a phone would")
        #expect(grid.line(0).hasPrefix(" phone-login · local emulator"), "the banner never hides the title")
    }

    @Test("at the minimum size everything fits; below it, a clear message", arguments: [(48, 16, false), (47, 16, true), (48, 15, true), (20, 5, true)])
    func sizes(_ example: (Int, Int, Bool)) {
        let (flow, now) = H.flow(FlowSettings(), H.codeScreen(typed: "12"))
        let grid = H.render(flow, at: now, width: example.0, height: example.1)
        let text = grid.lines.joined(separator: " ")
        if example.2 {
            #expect(text.contains("Make the window") && text.contains("larger"))
            #expect(!text.contains("Code sent"))
        } else {
            #expect(grid.line(6).contains("[12____________] expires in 2:59"))
            #expect(grid.line(2).hasPrefix("  ┌") && grid.line(2).hasSuffix("┐"))
            #expect(grid.line(15).contains("Enter sign in"))
        }
    }

    @Test("narrow windows: no line crosses the form's right edge, and the key help shows whole items only",
          arguments: [48, 49, 52, 56, 60, 64], ["phone", "sending", "code", "expired", "success"])
    func narrow(width: Int, screen: String) {
        let steps: [(FlowEvent, Duration)] = switch screen {
        case "phone": H.typing("+49")
        case "sending": H.typing("+4915112345678") + [(.key(.enter), .zero)]
        case "code": H.codeScreen(typed: "12")
        case "expired": H.codeScreen() + [(.tick, .seconds(181))]
        default: H.codeScreen(typed: "1234") + [(.key(.enter), .zero), (.confirmFinished(requestID: 2, .success(H.login)), .milliseconds(50))]
        }
        let (flow, now) = H.flow(FlowSettings(), steps)
        let grid = H.render(flow, at: now, width: width, height: 20)
        let top = grid.lines.firstIndex { $0.contains("┌") }!
        let bottom = grid.lines.firstIndex { $0.contains("└") }!
        let right = grid.line(top).count - 1
        for row in (top + 1)..<bottom {
            #expect(grid.line(row).count == right + 1 && grid.line(row).hasSuffix("│"), "row \(row) at \(width) wide: \(grid.line(row))")
        }
        let help = grid.line(grid.height - 1).trimmingCharacters(in: .whitespaces)
        let whole = ["Enter send code", "Tab country", "Ctrl-U clear", "Esc quit", "Esc cancel", "Ctrl-C quit", "Enter sign in", "R new code",
                     "Esc change number", "Any key: finish"]
        #expect(!help.isEmpty)
        for item in help.components(separatedBy: " · ") { #expect(whole.contains(item), "\(item) at \(width) wide") }
        #expect(grid.line(grid.height - 1).count <= width - 1)
    }
}
