import ArgumentParser
import Foundation
import LoginEmulator
import Logging
import PhoneAuth

/// `phone-login emulator exec [options] -- CMD ARGS…`: an emulator for one command's run, as Firebase's `emulators:exec`.
struct EmulatorExecCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exec",
        abstract: "Run a command against an emulator of its own, then stop the emulator; exits with the command's status.",
        discussion: """
            The emulator listens on a free loopback port (or --port) for as long as CMD runs. CMD gets \
            XSOLLA_LOGIN_BASE_URL (…/api), XSOLLA_LOGIN_PROJECT_ID (\(EmulatorExecCommand.testProject) unless --project \
            is given), PHONE_LOGIN_EMULATOR_URL (the /emulator root, which emulator code and emulator sms read) and, for \
            HS256, XSOLLA_LOGIN_JWT_SECRET. The exit status is CMD's (128+N if signal N ended it; 127 if it cannot be \
            started). SIGINT, SIGTERM and SIGHUP go to CMD first; the emulator stops once CMD has ended. Each SMS is \
            logged to stderr, or to --log.
            """)

    /// The project id CMD is given when `--project` is not.
    static let testProject = "00000000-0000-4000-8000-000000000000"

    @OptionGroup var emulator: EmulatorOptions

    @Option(name: .long, help: ArgumentHelp("Log each SMS to this file (created 0600, appended to) instead of stderr.", valueName: "file"))
    var log: String?

    @Argument(parsing: .postTerminator, help: ArgumentHelp("The command and its arguments, after --.", valueName: "command"))
    var command: [String] = []

    func validate() throws {
        guard !command.isEmpty else {
            throw ValidationError("emulator exec needs a command after --, e.g. phone-login emulator exec -- ./run-tests.sh")
        }
    }

    func run() async throws {
        LogSetup.bootstrap(verbose: emulator.verbose, defaultLevel: .warning)
        let (secret, key) = try emulator.resolvedSigning()
        let configuration = try emulator.configuration(secret: secret ?? EmulatorConfiguration.randomSecret(), signingKey: key, defaultPort: 0)
        let smsLog = try log.map { path throws(CommandFailure) in try LogFileStream(path: path) }
        let quiet = emulator.quiet
        let child = ChildProcess()
        guard SignalRelay.install({ signal, fromTerminal in child.relay(signal, fromTerminal: fromTerminal) }) != nil else {
            throw CommandFailure("Cannot catch signals: \(String(cString: strerror(errno))).", status: .network)
        }
        let running: RunningEmulator
        do {
            running = try await EmulatorServer.start(configuration: configuration, logger: Logger(label: "phone-login.emulator")) { message in
                guard !quiet else { return }
                let line = "[SMS] to \(message.phoneNumber): \(message.text)  (operation \(message.operationID))"
                if let smsLog { smsLog.write(line + "\n") } else { StandardStreams.error(line) }
            }
        } catch {
            throw CommandFailure("The emulator could not run on \(emulator.host):\(configuration.port): \(EmulatorCommand.describe(error))", status: .network)
        }
        if let signal = child.signalBeforeStart {
            await running.stop()
            Foundation.exit(await Self.savingState(of: running, status: 128 + signal))
        }
        let variables = Self.environment(root: running.rootURL, project: emulator.projects.first ?? Self.testProject,
                                         secret: key == nil ? configuration.jwtSecret : nil)
        if let failure = child.start(command, environment: variables) {
            await running.stop()
            StandardStreams.error("phone-login: cannot run \(command[0]): \(String(cString: strerror(failure))).")
            Foundation.exit(127)
        }
        let status = await child.exitStatus()
        await running.stop()
        Foundation.exit(await Self.savingState(of: running, status: status))
    }

    /// Writes the stopped emulator's state to `--export`, when given; the status to exit with: CMD's, or 1 when CMD
    /// succeeded but the state could not be written (said on stderr).
    static func savingState(of running: RunningEmulator, status: Int32) async -> Int32 {
        do {
            try await running.saveState()
            return status
        } catch {
            StandardStreams.error("phone-login: \(error.description)")
            return status == 0 ? 1 : status
        }
    }

    /// CMD's environment: phone-login's, with the emulator's address, the project, and the HS256 secret (none for RS256).
    static func environment(root: String, project: String, secret: String?,
                            base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var environment = base
        environment["XSOLLA_LOGIN_BASE_URL"] = root + "/api"
        environment["XSOLLA_LOGIN_PROJECT_ID"] = project
        environment["PHONE_LOGIN_EMULATOR_URL"] = root + "/emulator"
        environment["XSOLLA_LOGIN_JWT_SECRET"] = secret
        return environment
    }
}
