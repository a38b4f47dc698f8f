import Foundation
import PhoneLoginFlow
import PhoneLoginUI
import Testing

@Suite("The kiosk's layout: a large title when it fits, the composition centred, nothing outside the window")
struct KioskLayoutTests {
    typealias H = RenderHarness

    /// What the title turns out as.
    enum Shape: Equatable, CustomStringConvertible {
        case large, block(lines: Int), spaced, plain
        var description: String {
            switch self {
            case .large: "block letters twice the size"
            case .block(let lines): "block letters on \(lines) line(s)"
            case .spaced: "spaced capitals"
            case .plain: "as typed"
            }
        }
    }

    struct Example: CustomTestStringConvertible, Sendable {
        var width: Int, height: Int, demo: Bool, title: String, banner: String?
        var testDescription: String { "\(width)×\(height)\(demo ? " demo" : ""), “\(title)”\(banner == nil ? "" : ", banner")" }
    }

    static func shape(_ title: KioskTitle) -> Shape {
        switch title {
        case .block(let lines, let scale): scale > 1 ? .large : .block(lines: lines.count)
        case .spaced: .spaced
        case .plain: .plain
        }
    }

    static let expo = "Game Expo", standard = KioskBranding.defaultTitle

    @Test("the title's choices, largest first", arguments: [
        (expo, 96, [Shape.large, .block(lines: 1), .block(lines: 2), .spaced, .plain]),
        (expo, 87, [.block(lines: 1), .block(lines: 2), .spaced, .plain]),
        (expo, 40, [.block(lines: 2), .spaced, .plain]),
        (expo, 17, [.spaced, .plain]),
        (expo, 16, [.plain]),
        (standard, 156, [.block(lines: 1), .block(lines: 2), .spaced, .plain]),
        (standard, 96, [.block(lines: 2), .spaced, .plain]),
        ("Welcome", 96, [.large, .block(lines: 1), .spaced, .plain]),
        ("Café Olé", 96, [.spaced, .plain]),
        ("Win a €50 voucher", 96, [.spaced, .plain]),
        (String(repeating: "Long title ", count: 9), 96, [.plain]),
    ])
    func choices(_ example: (String, Int, [Shape])) {
        let choices = KioskTitle.choices(for: example.0, width: example.1)
        #expect(choices.map(Self.shape) == example.2)
        #expect(choices.allSatisfy { $0.width <= example.1 }, "every choice fits the width")
        #expect(choices.last == .plain(String(example.0.trimmingCharacters(in: .whitespaces).prefix(example.1))))
    }

    @Test("two lines of block letters split where the wider line is narrowest")
    func twoLines() throws {
        let choice = try #require(KioskTitle.choices(for: Self.standard, width: 96).first)
        guard case .block(let lines, scale: 1) = choice else { Issue.record("not in block letters: \(choice)"); return }
        #expect(lines == [BlockFont.standard.render("SIGN IN WITH")!, BlockFont.standard.render("YOUR PHONE")!])
        #expect(choice.height == 11 && choice.width == 56)
    }

    @Test("at each size: the largest title that fits, the composition centred, nothing outside the window", arguments: [
        (Example(width: 100, height: 30, demo: false, title: expo, banner: "Sign in to win"), Shape.block(lines: 1), true),
        (Example(width: 100, height: 30, demo: true, title: expo, banner: "Sign in to win"), .block(lines: 1), true),
        (Example(width: 100, height: 30, demo: false, title: standard, banner: nil), .block(lines: 2), false),
        (Example(width: 100, height: 30, demo: true, title: standard, banner: "Game Expo 2026 · Hall B"), .block(lines: 2), false),
        (Example(width: 80, height: 24, demo: false, title: expo, banner: "Sign in to win"), .block(lines: 1), false),
        (Example(width: 80, height: 24, demo: true, title: expo, banner: "Sign in to win"), .spaced, false),
        (Example(width: 80, height: 24, demo: false, title: standard, banner: "Sign in to win"), .spaced, false),
        (Example(width: 160, height: 45, demo: true, title: standard, banner: "Sign in to win"), .block(lines: 1), true),
        (Example(width: 160, height: 45, demo: true, title: expo, banner: "Sign in to win"), .large, true),
        (Example(width: 120, height: 36, demo: false, title: expo, banner: "Sign in to win"), .large, true),
        (Example(width: 120, height: 32, demo: false, title: expo, banner: "Sign in to win"), .block(lines: 1), true),
        (Example(width: 160, height: 45, demo: false, title: "Café Olé", banner: "Sign in to win"), .spaced, true),
        (Example(width: 60, height: 30, demo: true, title: expo, banner: "Sign in to win"), .block(lines: 1), false),
        (Example(width: 48, height: 16, demo: false, title: expo, banner: "Sign in to win"), .spaced, false),
        (Example(width: 48, height: 16, demo: true, title: standard, banner: "Sign in to win"), .plain, false),
        (Example(width: 200, height: 16, demo: true, title: expo, banner: "A long banner " + String(repeating: "text ", count: 60)), .spaced, false),
        (Example(width: 90, height: 60, demo: true, title: String(repeating: "Long title ", count: 9), banner: nil), .plain, true),
    ])
    func sizes(_ example: Example, _ expected: Shape, _ expectCountdown: Bool) throws {
        let context = ViewContext(serverLabel: "local emulator", demo: example.demo,
                                  messages: [.init(time: "20:41:07", to: "+4915112345678", text: "Your Xsolla Login code is 4821.")], wallClock: H.wall)
        let (kiosk, now) = KioskViewTests.kiosk(KioskViewTests.flowSteps(H.codeScreen(typed: "48")))
        var canvas = BoundsCheckingCanvas(width: example.width, height: example.height)
        let branding = KioskBranding(title: example.title, banner: example.banner)
        KioskView.draw(kiosk, at: now, context: context, branding: branding, on: &canvas)
        let grid = canvas.grid
        #expect(canvas.strays.isEmpty, "drawn outside the window: \(canvas.strays.prefix(5))")

        let layout = KioskLayout(width: example.width, height: example.height, demo: example.demo, banner: example.banner != nil,
                                 titles: KioskTitle.choices(for: example.title, width: example.width - 4), countdown: true)
        #expect(Self.shape(layout.title) == expected)
        // The title, each line centred (the ink's extent over its rows); block letters drawn in full blocks.
        let titleRows = layout.title.rows(ink: "█")
        var groups: [[Int]] = [[]]
        for (offset, row) in titleRows.enumerated() {
            if row.isEmpty { groups.append([]) } else { groups[groups.count - 1].append(layout.titleRow + offset) }
            #expect(grid.line(layout.titleRow + offset).trimmingCharacters(in: .whitespaces) == row.trimmingCharacters(in: .whitespaces))
        }
        for group in groups where !group.isEmpty {
            let lines = group.map(grid.line)
            let left = lines.map { $0.prefix { $0 == " " }.count }.min()!, right = example.width - lines.map(\.count).max()!
            #expect(abs(left - right) <= 1, "title centred: \(left) columns left, \(right) right")
        }
        let titleText = (layout.titleRow..<(layout.titleRow + layout.title.height)).map(grid.line).joined()
        if case .block = layout.title { #expect(titleText.contains("█")) } else { #expect(!titleText.contains("█")) }
        // The code's time left in block letters under the notice, when there is room for it too.
        if let countdown = layout.countdown {
            let expected = BlockFont.standard.render(Countdown.text(until: kiosk.flow.operation!.deadline, at: now))!
            #expect((0..<5).map { grid.line(countdown.row + $0).trimmingCharacters(in: .whitespaces) }
                    == expected.map { BlockFont.inked($0, with: "█").trimmingCharacters(in: .whitespaces) })
            #expect(countdown.row > layout.notice.bottom && countdown.bottom <= layout.rows.upperBound)
        }
        #expect((layout.countdown != nil) == expectCountdown, "the big countdown \(expectCountdown ? "shown" : "left out")")
        // The composition: centred between the demo bar and the key help, the banner on its first row.
        let first = example.demo ? 1 : 0
        let above = layout.rows.lowerBound - first, below = example.height - 1 - layout.rows.upperBound
        #expect(above >= 0 && below >= 0 && abs(above - below) <= 1, "centred: \(above) rows above, \(below) below")
        let drawn = (first..<(example.height - 1)).filter { !grid.line($0).isEmpty }
        #expect(drawn.first == layout.rows.lowerBound && drawn.last.map { $0 < layout.rows.upperBound } == true)
        if let banner = example.banner {
            #expect(grid.line(layout.rows.lowerBound).trimmingCharacters(in: .whitespaces).hasPrefix(String(banner.prefix(20))))
            #expect(grid.style(row: layout.rows.lowerBound, column: example.width / 2) == .titleBar)
        }
        // The form: centred when alone, the form and the panel centred together when side by side.
        let form = layout.form
        #expect(grid.line(form.row).dropFirst(form.column).hasPrefix("┌─ Step 2 of 2"))
        if let panel = layout.panel, panel.row == form.row {
            let right = example.width - (panel.column + panel.width)
            #expect(abs(form.column - right) <= 1, "form and panel centred: \(form.column) left, \(right) right")
            #expect(panel.bottom == layout.notice.bottom, "the panel beside as tall as the form and its notice")
        } else {
            #expect(abs(form.column - (example.width - form.column - form.width)) <= 1, "form centred")
        }
        if example.demo, example.height >= 24 { #expect(grid.find("Your Xsolla Login code is 4821.") != nil, "the SMS shows") }
        #expect(grid.line(example.height - 1).hasPrefix(" Enter sign in"))
    }

    @Test("in an ASCII-only terminal the block letters are drawn in #, the rest as before")
    func ascii() {
        let (kiosk, now) = KioskViewTests.kiosk([])
        var unicode = ViewContext(wallClock: H.wall), ascii = unicode
        ascii.unicode = false
        unicode.unicode = true
        let branding = KioskBranding(title: "Game Expo 2026!", banner: "Sign in to win")
        let fancy = KioskViewTests.render(kiosk, at: now, width: 100, height: 30, context: unicode, branding: branding)
        let plain = KioskViewTests.render(kiosk, at: now, width: 100, height: 30, context: ascii, branding: branding)
        let blockRows = (0..<30).filter { fancy.line($0).contains("█") }
        #expect(blockRows.count == 5)
        for row in 0..<30 {
            if blockRows.contains(row) {
                #expect(plain.line(row) == fancy.line(row).replacingOccurrences(of: "█", with: "#"))
                #expect(plain.line(row).allSatisfy { $0 == "#" || $0 == " " })
            } else {
                #expect(plain.line(row) == fancy.line(row))
            }
        }
    }
}
