import ArgumentParser
import Foundation
import LoginEmulator
import Logging
import PhoneAuth

/// `phone-login emulator`: a local Xsolla Login server for trying the flow and for tests.
@dynamicMemberLookup
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Run a local emulator of the Xsolla Login server (prints every SMS it sends).",
        discussion: """
            Stop it with Ctrl-C or SIGTERM. The tester's endpoints are GET/DELETE /emulator/sms, GET /emulator/link/<token>, \
            POST/GET/DELETE /emulator/faults, POST /emulator/reset, GET /emulator/stats, GET/POST /emulator/clock, POST /emulator/export and GET /emulator/openapi.yaml. \
            For scripts and test runs: `phone-login emulator exec [options] -- CMD ARGS…` runs CMD against an emulator of \
            its own on a free port (XSOLLA_LOGIN_BASE_URL, XSOLLA_LOGIN_PROJECT_ID and PHONE_LOGIN_EMULATOR_URL set) and \
            exits with CMD's status; `phone-login emulator code --phone P [--wait S]` prints the newest code sent to P; \
            `phone-login emulator sms [--json]` lists the outbox.
            """,
        subcommands: [EmulatorExecCommand.self, EmulatorCodeCommand.self, EmulatorSMSCommand.self])

    @OptionGroup var options: EmulatorOptions

    /// An option's value, read through to `options` (`command.codeLength`).
    subscript<Value>(dynamicMember path: KeyPath<EmulatorOptions, Value>) -> Value { options[keyPath: path] }

    /// The port the server listens on: `--port`, else 8480.
    var port: Int { options.port ?? EmulatorOptions.serverPort }

    /// The `--fault` options, parsed.
    func parsedFaults() throws -> [InjectedFault] { try options.parsedFaults() }

    /// `--jwt-algorithm`, or rs256 when only `--jwt-key` is given, else hs256.
    func signingAlgorithm() throws -> EmulatorJWTAlgorithm { try options.signingAlgorithm() }

    /// The RSA key of `--jwt-key`, read and checked; nil without the option.
    func signingKey() throws -> EmulatorSigningKey? { try options.signingKey() }

    /// The server's configuration from the options (see `EmulatorOptions.configuration`).
    func configuration(secret: String, signingKey: EmulatorSigningKey? = nil) throws -> EmulatorConfiguration {
        try options.configuration(secret: secret, signingKey: signingKey)
    }

    func run() async throws {
        LogSetup.bootstrap(verbose: options.verbose, defaultLevel: .warning)
        let (secret, key) = try options.resolvedSigning()
        let configuration = try configuration(secret: secret ?? EmulatorConfiguration.randomSecret(), signingKey: key)
        let printsSMS = !options.quiet
        let server = EmulatorServer(configuration: configuration, logger: Logger(label: "phone-login.emulator")) { message in
            guard printsSMS else { return }
            StandardStreams.output("[SMS] to \(message.phoneNumber): \(message.text)  (operation \(message.operationID))")
        }
        let exampleProject = options.projects.first ?? UUID().uuidString.lowercased()
        let secretShown = secret == nil ? configuration.jwtSecret : "(from --jwt-secret / $XSOLLA_LOGIN_JWT_SECRET)"
        let keySource = options.jwtKey.map { "from \($0)" } ?? "a new key pair, made at start"
        let signing: @Sendable (String) -> String = { root in
            guard let key else { return "JWT secret     HS256, \(secretShown)" }
            return """
                JWT            RS256, key id \(key.keyID) (\(keySource))
                  public keys    GET \(root)/api/projects/\(exampleProject)/keys
                """
        }
        do {
            try await server.run { root in
                StandardStreams.output("""
                    Xsolla Login emulator listening on \(root)
                      API base URL   \(root)/api
                      SMS outbox     GET \(root)/emulator/sms
                      faults         \(configuration.faults.isEmpty ? "none" : "\(configuration.faults.count) waiting"); POST \(root)/emulator/faults adds one
                      projects       \(options.projects.isEmpty ? "any UUID" : options.projects.joined(separator: ", "))
                      OAuth clients  \(options.oauthClients.isEmpty ? "any integer" : options.oauthClients.map(String.init).joined(separator: ", ")); access tokens live \(options.accessTokenLifetime) s
                      code           \(configuration.codeLength) digits, lives \(options.codeLifetime) s, \(options.maxWrongCodes) wrong tries
                      \(signing(root))
                    Log in from another shell:
                      export XSOLLA_LOGIN_BASE_URL=\(root)/api XSOLLA_LOGIN_PROJECT_ID=\(exampleProject)
                      phone-login request --phone +15555550100
                    Ctrl-C stops it.
                    """)
            }
        } catch {
            throw CommandFailure("The emulator could not run on \(options.host):\(port): \(Self.describe(error))", status: .network)
        }
        do { try await server.saveState() } catch { throw CommandFailure(error.description, status: .cancelled) }
        if let path = options.exportPath { StandardStreams.output("State exported to \(path).") }
        StandardStreams.output("Emulator stopped.")
    }

    /// A bind error in words (the port in use is the common one).
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.firstRange(of: "Address already in use") != nil || text.firstRange(of: "errno: 98") != nil { return "the address is already in use (try --port 0)." }
        if text.firstRange(of: "Cannot assign requested address") != nil || text.firstRange(of: "errno: 99") != nil { return "that address is not on this machine." }
        return text
    }
}
