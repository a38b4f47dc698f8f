/// The words people read for every error: the one place they are chosen (the sentences themselves are in the
/// catalogue of the language asked for, English unless told).
public enum ErrorWording {
    /// A sentence for a refused phone number, e.g. "needs + and 5–25 digits; got 4".
    public static func message(for rejection: PhoneRejection, in language: Language = .english) -> String {
        let rule = language.text(.rule, ["minimum": String(PhoneNumber.minimumDigits), "maximum": String(PhoneNumber.maximumDigits)])
        switch rejection {
        case .empty: return language.text(.rejectEmpty, ["rule": rule])
        case .missingPlus(let digits): return language.text(.rejectMissingPlus, count: digits, ["rule": rule])
        case .tooFewDigits(let count), .tooManyDigits(let count): return language.text(.rejectCount, ["rule": rule, "count": String(count)])
        case .invalidCharacter(let character, let position):
            let shown = character.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value < 0x20 }
                ? character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                : language.text(.quoted, ["text": String(character)])
            return language.text(character.isNumber ? .rejectDigit : .rejectCharacter,
                                 ["rule": rule, "character": shown, "position": String(position + 1)])
        case .misplacedPlus(let position): return language.text(.rejectMisplacedPlus, ["rule": rule, "position": String(position + 1)])
        case .tooLong(let length): return language.text(.rejectTooLong, ["rule": rule, "count": String(length)])
        case .impossibleLength(let digits, let code): return lengthMessage(digits: digits, country: code, in: language)
        }
    }

    /// "too short for a number in Germany (3 digits after +49; 4–15 possible)", the country named in `language`.
    static func lengthMessage(digits: Int, country code: String, in language: Language = .english) -> String {
        guard let country = Country(code: code) else { return language.text(.lengthUnknownCountry, count: digits, ["country": code]) }
        let lengths = country.possibleLengths
        let values = [
            "country": country.name(in: language),
            "counted": language.text(.lengthDigitsAfter, count: digits, ["code": country.callingCode]),
            "possible": lengthList(lengths, in: language),
        ]
        if let shortest = lengths.first, digits < shortest { return language.text(.lengthTooShort, values) }
        if let longest = lengths.last, digits > longest { return language.text(.lengthTooLong, values) }
        return language.text(.lengthImpossible, values)
    }

    /// "10 possible", "10 or 14 possible", "4–15 possible".
    static func lengthList(_ lengths: [Int], in language: Language = .english) -> String {
        guard let first = lengths.first, let last = lengths.last else { return language.text(.lengthNonePossible) }
        if first == last { return language.text(.lengthPossible, ["lengths": String(first)]) }
        if lengths.count == last - first + 1 { return language.text(.lengthPossibleRange, ["first": String(first), "last": String(last)]) }
        return language.text(.lengthPossibleList, ["lengths": lengths.dropLast().map(String.init).joined(separator: ", "), "last": String(last)])
    }

    /// A sentence for a country code that names no country, e.g. "--country XX: no such country; give an ISO 3166 code such as DE, GB or US."
    public static func message(for unknown: UnknownCountry, in language: Language = .english) -> String {
        let given = unknown.source == .environment ? Country.environmentVariable + "=" + printable(unknown.code) : "--country " + printable(unknown.code)
        return language.text(.unknownCountry, ["given": given])
    }

    /// A sentence for any auth error, naming Xsolla's error code when there is one.
    public static func message(for error: AuthError, in language: Language = .english) -> String {
        switch error {
        case .invalidPhone(let rejection): language.text(.errorInvalidPhone, ["reason": message(for: rejection, in: language)])
        case .configuration(let problem): message(for: problem, in: language)
        case .server(let server): message(for: server, in: language)
        case .transport(let failure): message(for: failure, in: language)
        case .malformedResponse(let status, let reason): language.text(.errorMalformedResponse, ["status": String(status), "reason": reason])
        case .responseTooLarge(let limit): language.text(.errorResponseTooLarge, ["limit": String(limit / 1024)])
        case .missingToken: language.text(.errorMissingToken)
        case .stateMismatch: language.text(.errorStateMismatch)
        case .invalidToken(let reason): language.text(.errorInvalidToken, ["reason": reason])
        case .linkWaitExpired: language.text(.errorLinkWaitExpired)
        case .cancelled: language.text(.errorCancelled)
        }
    }

    /// A sentence for a configuration problem.
    public static func message(for problem: AuthError.ConfigurationProblem, in language: Language = .english) -> String {
        switch problem {
        case .malformedBaseURL(let text): language.text(.configMalformedBaseURL, ["text": text])
        case .insecureBaseURL(let host): language.text(.configInsecureBaseURL, ["host": host])
        case .malformedProjectID(let text): language.text(.configMalformedProjectID, ["text": text])
        case .missingProjectID: language.text(.configMissingProjectID)
        case .missingLinkURL: language.text(.configMissingLinkURL)
        case .weakSecret(let bytes): language.text(.configWeakSecret, ["bytes": String(bytes), "minimum": String(AuthError.minimumSecretBytes)])
        case .missingClientID: language.text(.configMissingClientID)
        case .malformedRedirectURI(let text): language.text(.configMalformedRedirectURI, ["text": printable(text)])
        }
    }

    /// A sentence for an error answer, ending with Xsolla's code, e.g. "Wrong code. (Xsolla 003-001, HTTP 401)".
    public static func message(for error: ServerError, in language: Language = .english) -> String {
        var lead: String
        switch error.kind {
        case .wrongCode:
            switch error.attemptsLeft {
            case 0?: lead = language.text(.serverWrongCodeNoneLeft)
            case let left?: lead = language.text(.serverWrongCodeLeft, count: left)
            case nil: lead = language.text(.serverWrongCode)
            }
        case .notFound:
            lead = language.text(error.code == XsollaErrorCode.projectNotFound ? .serverProjectNotFound : .serverCodeGone)
        case .rateLimited:
            if let seconds = error.retryAfterSeconds {
                lead = language.text(.serverRateLimitedFor, ["time": DurationWording.wait(seconds: seconds, in: language)])
            } else {
                lead = language.text(.serverRateLimited)
            }
        case .pollTimeout:
            lead = language.text(.serverPollTimeout)
        case .invalidRequest, .other:
            lead = knownMeaning(of: error.code, in: language) ?? error.description.map(sentence) ?? language.text(.serverRefused)
            if ![".", "!", "?", "。", "！", "？"].contains(lead.last) { lead += language.text(.sentenceEnd) }
        }
        var suffix: [String] = []
        if let code = error.code { suffix.append("Xsolla \(printable(String(code.prefix(32))))") }
        suffix.append("HTTP \(error.status)")
        return lead + " (" + suffix.joined(separator: ", ") + ")"
    }

    /// A sentence for a transport failure.
    public static func message(for failure: TransportFailure, in language: Language = .english) -> String {
        switch failure {
        case .connectionRefused: language.text(.transportConnectionRefused)
        case .hostNotFound: language.text(.transportHostNotFound)
        case .connectTimeout: language.text(.transportConnectTimeout)
        case .requestTimeout: language.text(.transportRequestTimeout)
        case .tls(let reason): language.text(.transportTLS, ["reason": reason])
        case .connectionLost: language.text(.transportConnectionLost)
        case .other(let reason): language.text(.transportOther, ["reason": reason])
        }
    }

    /// What a published Xsolla code means, in words for a person.
    static func knownMeaning(of code: String?, in language: Language = .english) -> String? {
        let key: WordKey? = switch code {
        case XsollaErrorCode.userBanned: .xsollaUserBanned
        case XsollaErrorCode.cannotReceiveSMS: .xsollaCannotReceiveSMS
        case XsollaErrorCode.invalidPhoneNumber: .xsollaInvalidPhoneNumber
        case XsollaErrorCode.tooManyAttempts: .xsollaTooManyAttempts
        case XsollaErrorCode.accountBlocked: .xsollaAccountBlocked
        case XsollaErrorCode.callUnavailable: .xsollaCallUnavailable
        case XsollaErrorCode.projectMisconfigured: .xsollaProjectMisconfigured
        case XsollaErrorCode.invalidToken: .xsollaInvalidToken
        case XsollaErrorCode.invalidGrant: .xsollaInvalidGrant
        case XsollaErrorCode.weakState: .xsollaWeakState
        case XsollaErrorCode.clientAuthentication: .xsollaClientAuthentication
        default: nil
        }
        return key.map { language.text($0) }
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
