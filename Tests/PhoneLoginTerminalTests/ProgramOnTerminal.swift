import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginRuntime
@testable import PhoneLoginTerminal
import PhoneLoginUI

/// A curses program (the full screen or the kiosk) running in this process on a pty, as the binary runs it on its
/// terminal: the test types on the master and reads the screen; the program's outcome (or the error it threw) comes
/// back from `outcome()`.
final class ProgramOnTerminal: Sendable {
    /// The terminal type the program is given (its terminfo is on every Debian system with ncurses).
    static let terminalType = "xterm-256color"

    let terminal: PseudoTerminal
    let app: FullScreenApp
    /// The slave's modes before the program opened it.
    let modesBefore: termios
    private let running: Task<Result<RunOutcome, any Error>, Never>

    /// Starts the full screen (`kiosk` nil) or the kiosk on a new pty of `columns`×`rows`, its calls going to `service`.
    init(service: any LoginService, columns: Int = 100, rows: Int = 30, settings: FlowSettings = FlowSettings(),
         exitOnSuccess: Bool = true, terminalType: String = ProgramOnTerminal.terminalType, kiosk: KioskConfiguration? = nil) throws {
        terminal = try PseudoTerminal(columns: columns, rows: rows)
        modesBefore = terminal.modes()
        var configuration = FullScreenConfiguration(settings: settings, startOptions: StartAuthOptions(),
                                                    context: ViewContext(serverLabel: "local emulator"), exitOnSuccess: exitOnSuccess)
        configuration.device = TerminalDevice(input: terminal.slave, output: terminal.slave, environment: ["TERM": terminalType])
        let app = FullScreenApp(services: ServiceSource { service }, configuration: configuration)
        self.app = app
        running = Task {
            do {
                if let kiosk { return .success(try await app.runKiosk(kiosk)) }
                return .success(try await app.run())
            } catch {
                return .failure(error)
            }
        }
    }

    /// Starts a program as `init` does, runs `body` with it, and whatever happens ends it (SIGTERM, as a test that
    /// failed half-way leaves it running) and lets go of the pty: the next test gets curses' one screen.
    static func run<R>(service: any LoginService, columns: Int = 100, rows: Int = 30, settings: FlowSettings = FlowSettings(),
                       exitOnSuccess: Bool = true, terminalType: String = ProgramOnTerminal.terminalType, kiosk: KioskConfiguration? = nil,
                       _ body: (ProgramOnTerminal) async throws -> R) async throws -> R {
        let program = try ProgramOnTerminal(service: service, columns: columns, rows: rows, settings: settings,
                                            exitOnSuccess: exitOnSuccess, terminalType: terminalType, kiosk: kiosk)
        do {
            let result = try await body(program)
            await program.end()
            return result
        } catch {
            await program.end()
            throw error
        }
    }

    /// Ends the program if it still runs, and lets go of the pty once it has restored it.
    func end() async {
        signal(SIGTERM)
        await finish()
    }

    /// Posts a signal to the program as the runtime's signal bridge does when the process gets it. (A Ctrl-C typed on
    /// the pty raises SIGINT only for the pty's foreground process group, which this process is not; and a real
    /// SIGINT to this process would reach every other runtime the parallel suites are running.)
    func signal(_ number: Int32) {
        app.runtime.inbox.post(.signal(number))
    }

    /// The program's outcome, once it has ended (the terminal restored by then), or what it threw.
    func outcome() async -> Result<RunOutcome, any Error> {
        await running.value
    }

    /// Ends the test's hold on the pty once the program is over, and waits for the last bytes to be read.
    func finish() async {
        _ = await running.value
        await terminal.closeSlave()
    }

    /// The terminal modes that matter to a shell after a program: the flags and the control characters.
    static func sameModes(_ a: termios, _ b: termios) -> Bool {
        var (a, b) = (a, b)
        let sameCharacters = withUnsafeBytes(of: &a.c_cc) { x in withUnsafeBytes(of: &b.c_cc) { y in x.elementsEqual(y) } }
        return a.c_iflag == b.c_iflag && a.c_oflag == b.c_oflag && a.c_cflag == b.c_cflag && a.c_lflag == b.c_lflag && sameCharacters
    }
}
