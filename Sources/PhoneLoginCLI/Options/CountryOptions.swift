import ArgumentParser
import Foundation
import PhoneAuth

/// `--country` and `--no-number-check`: the country national numbers are read in (else `PHONE_LOGIN_COUNTRY`, else the
/// locale's region) and whether impossible lengths are refused; the same for every front-end and `request`/`confirm`.
struct CountryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The country national numbers are read in, as an ISO 3166 code (default: $PHONE_LOGIN_COUNTRY, else the locale's region, e.g. DE for de_DE.UTF-8).", valueName: "CC"))
    var country: String?

    @Flag(name: .long, help: "Send numbers whose length is impossible in their country (the server's rule still applies).")
    var noNumberCheck = false

    func validate() throws {
        do { _ = try rules() } catch { throw ValidationError(ErrorWording.message(for: error)) }
    }

    /// The rules for this process's environment.
    func rules(environment: [String: String] = ProcessInfo.processInfo.environment) throws(UnknownCountry) -> NumberRules {
        NumberRules(country: try Country.resolve(option: country, environment: environment)?.country, checksLength: !noNumberCheck)
    }

    /// A `--phone` argument read by the rules, or the command's failure (exit 2) saying why it is not a number, in
    /// `language`.
    func phone(_ text: String, in language: Language = .english) throws -> PhoneNumber {
        let rules: NumberRules
        do { rules = try self.rules() } catch { throw ValidationError(ErrorWording.message(for: error, in: language)) }
        do { return try rules.read(text) } catch { throw CommandFailure(.invalidPhone(error), in: language) }
    }
}
