import PhoneLoginFlow
import Testing

@Suite("Editing a one-line field")
struct TextFieldTests {
    @Test("typing, moving and deleting", arguments: [
        (["1", "2", "3"], [TextFieldTests.Edit](), "123", 3),
        (["1", "2", "3"], [.left, .left, .backspace], "23", 0),
        (["1", "2", "3"], [.home, .delete], "23", 0),
        (["1", "2", "3"], [.left, .insert("9")], "1293", 3),
        (["1", "2", "3"], [.home, .right, .insert("+")], "1+23", 2),
        (["1", "2", "3"], [.clear], "", 0),
        ([], [.backspace, .delete, .left, .right], "", 0),
        (["1", "2", "3"], [.end, .right, .delete], "123", 3),
    ])
    func editing(_ example: ([Character], [Edit], String, Int)) {
        var field = TextField.phone()
        for character in example.0 { field.insert(String(character)) }
        for edit in example.1 { edit.apply(to: &field) }
        #expect(field.text == example.2)
        #expect(field.cursor == example.3)
    }

    @Test("the phone field refuses letters and stops at its capacity")
    func bounds() {
        var field = TextField.phone()
        #expect(field.insert("+1 (415) abc") == 3)
        #expect(field.text == "+1 (415) ")
        field.insert(String(repeating: "9", count: 1_000))
        #expect(field.text.count == field.capacity)
        var code = TextField.code()
        #expect(code.insert("12a4٣") == 2)
        #expect(code.text == "124")
    }

    enum Edit: Sendable {
        case left, right, home, end, backspace, delete, clear, insert(String)
        func apply(to field: inout TextField) {
            switch self {
            case .left: field.moveLeft()
            case .right: field.moveRight()
            case .home: field.moveHome()
            case .end: field.moveEnd()
            case .backspace: field.backspace()
            case .delete: field.deleteForward()
            case .clear: field.clear()
            case .insert(let text): field.insert(text)
            }
        }
    }
}
