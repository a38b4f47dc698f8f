import ArgumentParser
import PhoneAuthModel
import Testing
@testable import PhoneLoginCLI

/// `--country` and `--no-number-check` on every command that reads a number, resolved against a given environment.
@Suite("Country options parsed in process")
struct CountryOptionsTests {
    @Test("--country wins; else PHONE_LOGIN_COUNTRY; else the locale; --no-number-check turns the length check off", arguments: [
        (["--country", "de"], ["LANG": "ja_JP.UTF-8"], "DE", true),
        (["--no-number-check"], ["PHONE_LOGIN_COUNTRY": "GB"], "GB", false),
        ([], ["LANG": "ja_JP.UTF-8"], "JP", true),
        ([], ["LANG": "C"], nil, true),
    ] as [([String], [String: String], String?, Bool)])
    func rules(_ example: ([String], [String: String], String?, Bool)) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(example.0) as? LoginCommand)
        let rules = try login.countries.rules(environment: example.1)
        #expect(rules.country?.code == example.2)
        #expect(rules.checksLength == example.3)
    }

    @Test("request and confirm take the same options")
    func subcommands() throws {
        let request = try #require(try PhoneLoginCommand.parseAsRoot(["request", "--country", "IT", "--phone", "06 1234 5678"]) as? RequestCommand)
        #expect(try request.countries.rules(environment: [:]).country?.code == "IT")
        let confirm = try #require(try PhoneLoginCommand.parseAsRoot(["confirm", "--country", "RU", "--no-number-check", "--phone", "8 912 345 67 89",
                                                                     "--operation-id", "x", "--code", "1234"]) as? ConfirmCommand)
        #expect(try confirm.countries.rules(environment: [:]) == NumberRules(country: Country(code: "RU"), checksLength: false))
    }

    @Test("an unknown country is a usage error naming it")
    func unknown() {
        #expect {
            _ = try PhoneLoginCommand.parseAsRoot(["--country", "XX"])
        } throws: { error in
            PhoneLoginCommand.message(for: error).contains("--country XX: no such country")
        }
    }
}
