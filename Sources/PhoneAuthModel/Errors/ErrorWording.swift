/// The words people read for every error: the one place they live.
public enum ErrorWording {
    /// A sentence for a refused phone number, e.g. "needs + and 5–25 digits; got 4".
    public static func message(for rejection: PhoneRejection) -> String {
        let rule = "needs + and \(PhoneNumber.minimumDigits)–\(PhoneNumber.maximumDigits) digits"
        switch rejection {
        case .empty: return "\(rule); got nothing"
        case .missingPlus(let digits): return "\(rule); starts with + and the country code (got \(digits) digit\(digits == 1 ? "" : "s") without +)"
        case .tooFewDigits(let count): return "\(rule); got \(count)"
        case .tooManyDigits(let count): return "\(rule); got \(count)"
        case .invalidCharacter(let character, let position):
            let shown = character.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value < 0x20 }
                ? character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                : "“\(character)”"
            let hint = character.isNumber ? " (only the digits 0–9 count)" : ""
            return "\(rule); \(shown) at position \(position + 1) is not allowed\(hint)"
        case .misplacedPlus(let position): return "\(rule); + may only come first (found at position \(position + 1))"
        case .tooLong(let length): return "\(rule); got \(length) characters, too long for a phone number"
        case .impossibleLength(let digits, let code): return lengthMessage(digits: digits, country: code)
        }
    }

    /// "too short for a number in Germany (3 digits after +49; 4–15 possible)".
    static func lengthMessage(digits: Int, country code: String) -> String {
        guard let country = Country(code: code) else { return "\(digits) digits is not a possible length for a number in \(code)" }
        let lengths = country.possibleLengths
        let counted = "\(digits) digit\(digits == 1 ? "" : "s") after +\(country.callingCode)"
        let possible = lengthList(lengths)
        let verdict: String
        if let shortest = lengths.first, digits < shortest { verdict = "too short" }
        else if let longest = lengths.last, digits > longest { verdict = "too long" }
        else { verdict = "not a possible length" }
        return "\(verdict) for a number in \(country.name) (\(counted); \(possible))"
    }

    /// "10 possible", "10 or 14 possible", "4–15 possible".
    static func lengthList(_ lengths: [Int]) -> String {
        guard let first = lengths.first, let last = lengths.last else { return "none possible" }
        if first == last { return "\(first) possible" }
        if lengths.count == last - first + 1 { return "\(first)–\(last) possible" }
        return lengths.dropLast().map(String.init).joined(separator: ", ") + " or \(last) possible"
    }

    /// A sentence for a country code that names no country, e.g. "--country XX: no such country (ISO 3166 codes such as DE, GB, US)."
    public static func message(for unknown: UnknownCountry) -> String {
        let given = unknown.source == .environment ? Country.environmentVariable + "=" + printable(unknown.code) : "--country " + printable(unknown.code)
        return "\(given): no such country; give an ISO 3166 code such as DE, GB or US."
    }


    /// A sentence for any auth error, naming Xsolla's error code when there is one.
    public static func message(for error: AuthError) -> String {
        switch error {
        case .invalidPhone(let rejection):
            return "Invalid phone number: " + message(for: rejection) + "."
        case .configuration(let problem):
            return message(for: problem)
        case .server(let server):
            return message(for: server)
        case .transport(let failure):
            return message(for: failure)
        case .malformedResponse(let status, let reason):
            return "The server's answer (HTTP \(status)) could not be read: \(reason)."
        case .responseTooLarge(let limit):
            return "The server's answer was larger than \(limit / 1024) KiB and was refused."
        case .missingToken:
            return "The server confirmed the login but its login_url carries no token (nor an OAuth 2.0 code)."
        case .stateMismatch:
            return "The server's login_url carried back another OAuth 2.0 state than the one sent: the answer was not for this sign-in."
        case .invalidToken(let reason):
            return "The token the server returned is not valid: \(reason)."
        case .linkWaitExpired:
            return "The code expired before the SMS link was followed. Request a new code."
        case .cancelled:
            return "Cancelled."
        }
    }

    /// A sentence for a configuration problem.
    public static func message(for problem: AuthError.ConfigurationProblem) -> String {
        switch problem {
        case .malformedBaseURL(let text):
            return "The base URL “\(text)” is not an absolute http(s) URL."
        case .insecureBaseURL(let host):
            return "Refusing plain http:// to \(host): use https, a loopback address, or pass --insecure."
        case .malformedProjectID(let text):
            return "The project id “\(text)” is not a UUID (Publisher Account → Login → your project)."
        case .missingProjectID:
            return "No project id: pass --project-id or set XSOLLA_LOGIN_PROJECT_ID."
        case .missingLinkURL:
            return "The SMS link needs a link URL: pass --link-url with --send-link."
        case .weakSecret(let bytes):
            return "The JWT secret has \(bytes) bytes; HS256 needs at least \(AuthError.minimumSecretBytes) (RFC 7518 §3.2)."
        case .missingClientID:
            return "No OAuth 2.0 client id: pass --client-id or set XSOLLA_LOGIN_CLIENT_ID."
        case .malformedRedirectURI(let text):
            return "The redirect URI “\(printable(text))” is not an absolute URL."
        }
    }

    /// A sentence for an error answer, ending with Xsolla's code, e.g. "Wrong code. (Xsolla 003-001, HTTP 401)".
    public static func message(for error: ServerError) -> String {
        let lead: String
        switch error.kind {
        case .wrongCode:
            switch error.attemptsLeft {
            case 0?: lead = "Wrong code, and no tries are left. Request a new code"
            case let left?: lead = "Wrong code. Check the SMS and try again (\(left) \(left == 1 ? "try" : "tries") left)"
            case nil: lead = "Wrong code. Check the SMS and try again"
            }
        case .notFound:
            lead = error.code == XsollaErrorCode.projectNotFound
                ? "The Login project was not found. Check the project id"
                : "The code has expired or was replaced by a newer one. Request a new code"
        case .rateLimited:
            if let seconds = error.retryAfterSeconds {
                lead = "Too many attempts. Try again in \(durationText(seconds))"
            } else {
                lead = "Too many attempts. Try again later"
            }
        case .pollTimeout:
            lead = "The server stopped waiting for the SMS link"
        case .invalidRequest, .other:
            lead = knownMeaning(of: error.code) ?? error.description.map(sentence) ?? "The server refused the request"
        }
        var suffix: [String] = []
        if let code = error.code { suffix.append("Xsolla \(printable(String(code.prefix(32))))") }
        suffix.append("HTTP \(error.status)")
        var text = lead
        if ![".", "!", "?"].contains(text.last) { text += "." }
        return text + " (" + suffix.joined(separator: ", ") + ")"
    }

    /// A sentence for a transport failure.
    public static func message(for failure: TransportFailure) -> String {
        switch failure {
        case .connectionRefused: "Cannot reach the server: connection refused. Is it running, and is the base URL right?"
        case .hostNotFound: "Cannot reach the server: its host name could not be resolved. Check the base URL and the network."
        case .connectTimeout: "Cannot reach the server: connecting timed out. Check the network."
        case .requestTimeout: "The server did not answer in time."
        case .tls(let reason): "Secure connection failed: \(reason)."
        case .connectionLost: "The connection to the server closed before it answered."
        case .other(let reason): "Network error: \(reason)."
        }
    }

    /// What a published Xsolla code means, in words for a person.
    static func knownMeaning(of code: String?) -> String? {
        switch code {
        case XsollaErrorCode.userBanned: "This user is banned. Contact the game's support team"
        case XsollaErrorCode.cannotReceiveSMS: "This phone number cannot receive SMS. Use a different number"
        case XsollaErrorCode.invalidPhoneNumber: "Invalid phone number. Verify the number or try another one"
        case XsollaErrorCode.tooManyAttempts: "Too many login attempts. Try again later"
        case XsollaErrorCode.accountBlocked: "Login attempts limit exceeded; the account is blocked"
        case XsollaErrorCode.callUnavailable: "Phone login is not available for this Login project"
        case XsollaErrorCode.projectMisconfigured: "This Login project is misconfigured. Check its settings in Publisher Account"
        case XsollaErrorCode.invalidToken: "The token is not valid"
        case XsollaErrorCode.invalidGrant: "The sign-in has expired or was revoked (or the redirect URI differs from the request's). Sign in again"
        case XsollaErrorCode.weakState: "The server refused the OAuth 2.0 state as missing or too weak"
        case XsollaErrorCode.clientAuthentication: "The OAuth 2.0 client was refused. Check --client-id and that the client belongs to this project"
        default: nil
        }
    }

    /// "95 s" below two minutes, "3 min" above.
    static func durationText(_ seconds: Int) -> String {
        seconds < 120 ? "\(seconds) s" : "\((seconds + 59) / 60) min"
    }

    /// A description cut to one short line, for showing a server's words without flooding a screen.
    static func sentence(_ text: String) -> String {
        let line = printable(text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
        return line.count > 160 ? String(line.prefix(157)) + "…" : line
    }

    /// A server's words made safe for a terminal: control and format characters (the bytes of an escape sequence,
    /// a bidi override, a zero-width space) become U+FFFD, so an answer cannot drive the terminal it is shown on.
    static func printable(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
