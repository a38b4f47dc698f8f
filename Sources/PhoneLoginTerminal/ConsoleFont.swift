import CNCursesW
import Foundation
import PhoneLoginUI

/// What the terminal on `/dev/tty` can show, asked before any screen is drawn: on a Linux virtual console the loaded
/// font's Unicode map (the `GIO_UNIMAP` ioctl), elsewhere everything. The only place the font is read; which
/// languages and which stand-ins follow from it is decided in `PhoneLoginUI` (`GlyphRepertoire`, `GlyphFallback`,
/// `Language.isDrawable`).
public enum ConsoleFont {
    /// The environment variable naming a file whose characters stand for a console font's (for tests: the run acts
    /// as on a Linux console whose font has exactly the characters in the file, ASCII besides).
    public static let overrideVariable = "PHONE_LOGIN_CONSOLE_GLYPHS"

    /// The terminal's repertoire: the override file's characters, else on a Linux console (the tty answers
    /// `KDGETMODE`) its font's map (no wide characters either way; `.narrow` when the map cannot be read, or with
    /// `TERM=linux` on a tty that is no console), else `.everything`. The locale's codeset is not looked at here.
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> GlyphRepertoire {
        if let path = environment[overrideVariable], !path.isEmpty {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .narrow }
            return .consoleFont(text.unicodeScalars.map(\.value))
        }
        let descriptor = open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return environment["TERM"] == "linux" ? .narrow : .everything }
        defer { close(descriptor) }
        guard pl_is_console(descriptor) != 0 else { return environment["TERM"] == "linux" ? .narrow : .everything }
        var codes = [UInt32](repeating: 0, count: 65_536)
        let count = pl_console_unicode_map(descriptor, &codes, Int32(codes.count))
        guard count > 0 else { return .narrow }
        return .consoleFont(codes.prefix(Int(count)))
    }

    /// Whether the terminal on `/dev/tty` is a Linux virtual console (which erases its whole display on `\e[3J`
    /// and is written by the kernel's own messages: the kiosk repaints it now and then).
    public static func isVirtualConsole(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if environment["TERM"] == "linux" { return true }
        let descriptor = open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return pl_is_console(descriptor) != 0
    }
}
