import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PhoneLoginTestSupport
import Synchronization

/// A pty pair for a curses program in this process, as bubbletea's teatest gives a program a fake terminal: the
/// program gets the slave, the test types on the master and reads what the program wrote from it, on a thread of its
/// own (a blocking read never holds a concurrency thread). Every read is kept with the time it came, and fed to a
/// `ScreenModel` of what an xterm would show.
final class PseudoTerminal: Sendable {
    /// One read from the master: when it came and how many bytes.
    struct Chunk: Sendable {
        let at: ContinuousClock.Instant
        let count: Int
    }

    private struct Output {
        var bytes: [UInt8] = []
        var chunks: [Chunk] = []
        var screen: ScreenModel
        var fed = 0
        var ended = false
    }

    let master: Int32
    let slave: Int32
    private let output: Mutex<Output>
    private let slaveOpen = Mutex(true)

    /// Opens a pty of `columns`×`rows` and starts reading its master.
    init(columns: Int, rows: Int) throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw PseudoTerminalError.open(errno) }
        // Not for the children other tests spawn meanwhile.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        (self.master, self.slave) = (master, slave)
        output = Mutex(Output(screen: ScreenModel(width: columns, height: rows)))
        setSize(columns: columns, rows: rows)
        DedicatedThread.start { [self, master] in
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                // EIO once every descriptor of the slave is closed: the program has ended and the test let go.
                guard count > 0 else { break }
                let now = ContinuousClock.now
                output.withLock {
                    $0.bytes += buffer[0..<count]
                    $0.chunks.append(Chunk(at: now, count: count))
                }
            }
            output.withLock { $0.ended = true }
            close(master)
        }
    }

    /// Sets the window size (the model follows, as an xterm's would).
    func setSize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        output.withLock { output in
            feedScreen(&output)
            output.screen.resize(width: columns, height: rows)
        }
    }

    /// Types `text` (its UTF-8 bytes, escapes included) as a person at the terminal would.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The slave's terminal modes now.
    func modes() -> termios {
        var modes = termios()
        tcgetattr(slave, &modes)
        return modes
    }

    /// Every byte the program has written so far.
    var byteCount: Int { output.withLock { $0.bytes.count } }

    /// The bytes written so far.
    var bytes: [UInt8] { output.withLock { $0.bytes } }

    /// The last bytes written, escapes shown, for a failure's message.
    var tail: String {
        String(decoding: bytes.suffix(300), as: UTF8.self).unicodeScalars.map { $0.value < 0x20 ? "^\(Character(Unicode.Scalar($0.value + 0x40)!))" : String($0) }.joined()
    }

    /// The reads so far.
    var chunks: [Chunk] { output.withLock { $0.chunks } }

    /// What the terminal shows after everything read so far.
    var screen: ScreenModel { snapshot().screen }

    /// What the terminal shows after everything read so far, and how many bytes that was.
    func snapshot() -> (screen: ScreenModel, bytes: Int) {
        output.withLock { output in
            feedScreen(&output)
            return (output.screen, output.bytes.count)
        }
    }

    /// Waits until what the terminal shows satisfies `condition` (every 5 ms, 30 s at most); the screen then and the
    /// bytes read by then, or nil.
    func waitForScreen(within timeout: Duration = .seconds(30), _ condition: (ScreenModel) -> Bool) async -> (screen: ScreenModel, bytes: Int)? {
        var seen: (screen: ScreenModel, bytes: Int)?
        _ = await Polling.until(within: timeout, every: .milliseconds(5)) {
            let now = self.snapshot()
            guard condition(now.screen) else { return false }
            seen = now
            return true
        }
        return seen
    }

    /// Waits until the screen shows `text`; the screen then, or nil.
    func waitFor(_ text: String, within timeout: Duration = .seconds(30)) async -> ScreenModel? {
        await waitForScreen(within: timeout) { $0.text.contains(text) }?.screen
    }

    /// Closes the test's slave descriptor (after the program has ended: the master's reader then sees the end) and
    /// waits for the reader to have read everything.
    func closeSlave() async {
        guard slaveOpen.withLock({ open in defer { open = false }; return open }) else { return }
        close(slave)
        _ = await Polling.until(within: .seconds(30), every: .milliseconds(5)) { self.output.withLock { $0.ended } }
    }

    private func feedScreen(_ output: inout Output) {
        guard output.fed < output.bytes.count else { return }
        output.screen.feed(output.bytes[output.fed...])
        output.fed = output.bytes.count
    }
}

/// A pty that could not be opened.
enum PseudoTerminalError: Error {
    case open(Int32)
}
