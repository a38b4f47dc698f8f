#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many cells a terminal gives a character, asked of the C library (`wcwidth` in a UTF-8 locale): the oracle
/// the fuzz test checks the screen against, independent of the UI's own rule.
enum TerminalWidth {
    /// A UTF-8 character locale, made once.
    nonisolated(unsafe) static let utf8Locale = newlocale(1 << LC_CTYPE, "C.UTF-8", nil)

    /// Runs `body` with this thread's character locale set to UTF-8, then puts the old one back. Synchronous on
    /// purpose: the locale belongs to the thread, and an `await` could move the work to another.
    static func inUTF8Locale<R>(_ body: () throws -> R) rethrows -> R {
        guard let utf8Locale else { return try body() }
        let previous = uselocale(utf8Locale)
        defer { _ = uselocale(previous) }
        return try body()
    }

    /// Whether the character is one scalar a terminal shows in exactly one cell (call inside `inUTF8Locale`).
    static func isOneCell(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return characterWidth(Int32(bitPattern: scalar.value)) == 1
    }

    /// Whether the character is one scalar a terminal shows in two cells (call inside `inUTF8Locale`).
    static func isTwoCells(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return characterWidth(Int32(bitPattern: scalar.value)) == 2
    }
}

/// The C library's `wcwidth`, which the Glibc module does not export (it sits behind `_XOPEN_SOURCE`).
@_silgen_name("wcwidth")
private func characterWidth(_ character: Int32) -> Int32
