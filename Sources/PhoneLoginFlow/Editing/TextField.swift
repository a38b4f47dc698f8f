import PhoneAuthModel

/// A single-line text field: the text, a cursor, a capacity, and which characters it takes. No I/O.
public struct TextField: Equatable, Sendable {
    /// The characters typed so far.
    public private(set) var text: String
    /// Where the cursor is, in characters from the start (0...text.count).
    public private(set) var cursor: Int
    /// The most characters the field holds.
    public let capacity: Int
    /// Which characters typing may insert.
    public let accepts: @Sendable (Character) -> Bool

    /// Creates an empty field.
    public init(capacity: Int, accepts: @escaping @Sendable (Character) -> Bool) {
        self.text = ""
        self.cursor = 0
        self.capacity = capacity
        self.accepts = accepts
    }

    /// Inserts what the field accepts of `input` at the cursor, up to its capacity; returns how many characters were refused.
    @discardableResult
    public mutating func insert(_ input: String) -> Int {
        var characters = Array(text)
        var refused = 0
        for character in input {
            guard accepts(character), characters.count < capacity else { refused += 1; continue }
            characters.insert(character, at: cursor)
            cursor += 1
        }
        text = String(characters)
        return refused
    }

    /// Replaces the whole text (what the field accepts of it) and puts the cursor at the end.
    public mutating func replace(with input: String) {
        text = ""
        cursor = 0
        insert(input)
    }

    /// Deletes the character before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        var characters = Array(text)
        characters.remove(at: cursor - 1)
        text = String(characters)
        cursor -= 1
    }

    /// Deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        var characters = Array(text)
        characters.remove(at: cursor)
        text = String(characters)
    }

    /// Moves the cursor one character left.
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    /// Moves the cursor one character right.
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    /// Moves the cursor to the start.
    public mutating func moveHome() { cursor = 0 }
    /// Moves the cursor to the end.
    public mutating func moveEnd() { cursor = text.count }
    /// Empties the field.
    public mutating func clear() {
        text = ""
        cursor = 0
    }

    /// Fields are equal when their text, cursor and capacity are.
    public static func == (lhs: TextField, rhs: TextField) -> Bool {
        lhs.text == rhs.text && lhs.cursor == rhs.cursor && lhs.capacity == rhs.capacity
    }
}

extension TextField {
    /// A field for a phone number as people type it: digits, `+`, spaces, dashes, dots, slashes and parentheses.
    public static func phone() -> TextField {
        TextField(capacity: 40) { $0.isASCII && ($0.isNumber || "+ -./()".contains($0)) }
    }

    /// A field for a confirmation code: ASCII digits only.
    public static func code(capacity: Int = 12) -> TextField {
        TextField(capacity: capacity) { $0.isASCIIDigit }
    }
}

extension TextField {
    /// A field showing `text` with the cursor at `cursor`, to draw what another field holds in another form (the
    /// phone number grouped as its country writes it).
    public static func showing(_ text: String, cursor: Int) -> TextField {
        var field = TextField(capacity: max(1, text.count)) { _ in true }
        field.replace(with: text)
        field.cursor = min(max(0, cursor), field.text.count)
        return field
    }
}
