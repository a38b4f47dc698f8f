import ArgumentParser
import PhoneAuth

/// The options of a start request, shared by `request` and the full-screen login.
struct StartOptions: ParsableArguments {
    @Flag(name: .long, help: "Put a link in the SMS that completes the login when followed.")
    var sendLink = false

    @Option(name: .long, help: ArgumentHelp("Where the SMS link leads after confirming.", valueName: "url"))
    var linkUrl: String?

    @Option(name: .long, help: ArgumentHelp("The project's Callback URL to put the token on.", valueName: "url"))
    var loginUrl: String?

    @Option(name: .long, help: ArgumentHelp("Custom data returned in the token's payload claim (under 500 characters).", valueName: "text"))
    var payload: String?

    @Flag(name: .long, help: "Deactivate the user's other tokens (with_logout=1).")
    var logoutOthers = false

    func validate() throws {
        if linkUrl != nil, !sendLink { throw ValidationError("--link-url goes with --send-link.") }
    }

    /// The start options, with `defaultLinkURL` for `--send-link` without `--link-url` (nil: it is required).
    func startAuthOptions(defaultLinkURL: String?) throws -> StartAuthOptions {
        var link: String?
        if sendLink {
            guard let chosen = linkUrl ?? defaultLinkURL else { throw ValidationError("--send-link needs --link-url.") }
            link = chosen
        }
        return StartAuthOptions(loginURL: loginUrl, payload: payload, logoutOthers: logoutOthers, linkURL: link)
    }
}
