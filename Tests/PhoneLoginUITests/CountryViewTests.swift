import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginUI
import Testing

@Suite("The country line, the picker and grouping, rendered into the in-memory grid")
struct CountryViewTests {
    typealias H = RenderHarness

    static func settings(_ code: String?) -> FlowSettings {
        var settings = FlowSettings()
        settings.numberRules = NumberRules(country: code.flatMap { Country(code: $0) })
        return settings
    }

    @Test("the country stands before the field, and a national number is shown grouped as its country writes it")
    func groupedNational() throws {
        let (flow, now) = H.flow(Self.settings("DE"), H.typing("0151 1234 5678"))
        let grid = H.render(flow, at: now)
        #expect(grid.line(3).contains("Country  Germany (+49)"))
        #expect(grid.line(5).contains("[+49 1511 2345678___"), "the field shows the number grouped")
        #expect(grid.line(6).contains("Press Enter to get a code by SMS."))
        let column = try #require(grid.find("+49 1511 2345678")).column
        #expect(grid.cursor?.row == 5 && grid.cursor?.column == column + 16, "the cursor follows the last digit")
    }

    @Test("a US number typed without its 1 is grouped the American way")
    func groupedAmerican() {
        let (flow, now) = H.flow(Self.settings("US"), H.typing("4155550100"))
        #expect(H.render(flow, at: now).line(5).contains("[+1 415-555-0100_"))
    }

    @Test("the cursor moved back stays before the same digits in the grouped form")
    func cursorInside() throws {
        let (flow, now) = H.flow(Self.settings("DE"), H.typing("015112345678") + [(.key(.left), .zero), (.key(.left), .zero)])
        let grid = H.render(flow, at: now)
        let column = try #require(grid.find("+49 1511 2345678")).column
        #expect(grid.cursor?.column == column + 14, "two digits follow the cursor")
    }

    @Test("Tab opens the picker; typing filters it by name, code or calling code", arguments: [
        ("germ", "Germany", "DE  +49"), ("DE", "Germany", "DE  +49"), ("49", "Germany", "DE  +49"), ("jap", "Japan", "JP  +81"),
    ])
    func picker(_ example: (String, String, String)) throws {
        let (flow, now) = H.flow(Self.settings(nil), [(.key(.tab), .zero)] + H.typing(example.0))
        let grid = H.render(flow, at: now)
        #expect(grid.line(3).contains("Country  [\(example.0)"))
        let row = try #require(grid.find("▸ " + example.1))
        #expect(row.row == 4, "the best match comes first, highlighted")
        #expect(grid.line(4).hasSuffix(example.2 + "  │"))
        #expect(grid.style(row: 4, column: row.column) == .strong)
        #expect(grid.line(23) == " Enter pick · ↑↓ choose · Esc back")
        #expect(grid.cursor?.row == 3)
    }

    @Test("Down moves the highlight; Enter picks and goes back to the number")
    func picks() {
        let (flow, now) = H.flow(Self.settings("DE"), [(.key(.tab), .zero)] + H.typing("united") + [(.key(.down), .zero), (.key(.enter), .zero)]
                                    + H.typing("020 7946 0958"))
        #expect(flow.focus == .number)
        let grid = H.render(flow, at: now)
        #expect(grid.line(3).contains("Country  United Kingdom (+44)"), "the second match was picked")
        #expect(grid.line(5).contains("[+44 20 7946 0958"))
    }

    @Test("a query matching nothing says so")
    func noMatch() {
        let (flow, now) = H.flow(Self.settings(nil), [(.key(.backTab), .zero)] + H.typing("zzz"))
        #expect(H.render(flow, at: now).line(4).contains("No country matches “zzz”"))
    }

    @Test("the code screen shows the number masked with its country visible")
    func maskedOnCodeScreen() {
        let steps = H.typing("0151 1234 5678") + [(.key(.enter), .zero), (.startFinished(requestID: 1, .success("op-1")), .milliseconds(300))]
        let (flow, now) = H.flow(Self.settings("DE"), steps)
        #expect(H.render(flow, at: now).line(4).contains("Code sent to +49 •••• •••••78"))
    }
}
