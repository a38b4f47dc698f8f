import ArgumentParser
import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginRuntime
import PhoneLoginTerminal
import PhoneLoginUI

/// `phone-login` with no subcommand: the full-screen login. Without a project it runs the demo on an in-process emulator.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "The full-screen login (the default). Without a project id it runs a demo on a local emulator.",
        discussion: "The UI is drawn on /dev/tty, so --output can go to a pipe: TOKEN=$(phone-login --output token).")

    /// The project id the demo's emulator is given.
    static let demoProject = "00000000-0000-4000-8000-000000000000"
    /// The link the SMS carries with --send-link when no --link-url is given (the iOS SDK sample's default).
    static let defaultLinkURL = "https://login-widget.xsolla.com/latest/confirm-status"

    @OptionGroup var server: ServerOptions

    @OptionGroup(title: "Accessible plain mode") var plainMode: PlainOptions

    @Option(name: .long, help: ArgumentHelp("What to print on stdout after a login: token, login-url, json or none.", valueName: "format"))
    var output: LoginOutput = .none

    @OptionGroup(title: "Start options (--link-url defaults to Xsolla's confirm-status page)") var start: StartOptions

    @Option(name: .long, help: ArgumentHelp("How long a code lives (match a test server's).", valueName: "seconds"))
    var codeLifetime = 180

    @Option(name: .long, help: ArgumentHelp("How long after sending before a new code may be asked for.", valueName: "seconds"))
    var resendCooldown = 30

    @Option(name: .long, help: "The fewest digits Enter sends as a code.")
    var codeLength = 4

    @OptionGroup var saving: SaveTokenOptions

    @OptionGroup(title: "Staying signed in") var sessions: SessionOptions

    @OptionGroup var words: LanguageOptions

    @OptionGroup(title: "Countries") var countries: CountryOptions

    @OptionGroup(title: "Kiosk (a stand where one visitor after another signs in)") var kiosk: KioskOptions

    func validate() throws {
        guard codeLifetime > 0, resendCooldown >= 0 else { throw ValidationError("--code-lifetime must be positive and --resend-cooldown not negative.") }
        guard (1...12).contains(codeLength) else { throw ValidationError("--code-length must be 1–12.") }
        if server.verbose, server.logFile == nil, !plainMode.isWanted(), isatty(STDERR_FILENO) != 0 {
            throw ValidationError("--verbose logs to stderr, which would draw over the screen: use --log-file FILE or redirect it, e.g. 2>phone-login.log.")
        }
        try validateKiosk()
    }

    func run() async throws {
        guard let login = try await interactiveLogin() else { return }
        output.print(login)
    }

    /// The login in the front-end the options ask for (full screen, plain, kiosk): the login, or nil for a kiosk
    /// stopped by its admin key.
    func interactiveLogin() async throws -> LoginResult? {
        try server.startLogging()
        // What the terminal can draw (a Linux console's font, ASCII outside UTF-8) decides which languages it is offered.
        let glyphs = LanguageOptions.localeIsUTF8() ? ConsoleFont.detect() : .ascii
        let language = words.resolved(glyphs: glyphs)
        try saving.checkBeforeLogin(in: language)
        if plainMode.isWanted() { return try await runPlain(in: language) }
        let demo = isDemo
        let feed = SMSFeed(codeLifetime: .seconds(codeLifetime), language: language)
        let configuration = try server.clientConfiguration()
        let demoEmulator = DemoEmulator()
        let settings = try flowSettings(demo: demo, language: language)
        let options = try start.startAuthOptions(defaultLinkURL: Self.defaultLinkURL)
        // The demo's emulator and the real client are both prepared while the first frame is drawn.
        let services = try services(configuration, demo: demo, emulator: demoEmulator) { feed.deliver($0) }
        let context = ViewContext(serverLabel: demo ? language.text(.serverEmulator) : Self.serverLabel(configuration.baseURL), demo: demo,
                                  projectID: demo ? nil : configuration.projectID)
        let appConfiguration = FullScreenConfiguration(settings: settings, startOptions: options, context: context,
                                                       exitOnSuccess: output != .none, tapLink: tapLink(demo: demo, emulator: demoEmulator),
                                                       glyphs: glyphs)
        if kiosk.kiosk {
            try await runKiosk(services: services, configuration: appConfiguration, feed: feed, demoEmulator: demoEmulator, language: language)
            return nil
        }
        return try await signIn(services: services, demoEmulator: demoEmulator, language: language) {
            let app = FullScreenApp(services: services, configuration: appConfiguration)
            feed.attach(app)
            return try await app.run()
        }
    }

    /// "login.xsolla.com" for the default base URL, the host otherwise.
    static func serverLabel(_ baseURL: String) -> String {
        let host = URLComponents(string: baseURL)?.host ?? baseURL
        return host == "login.xsolla.com" ? "Xsolla Login" : host
    }
}
