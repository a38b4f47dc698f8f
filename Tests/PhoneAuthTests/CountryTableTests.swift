import PhoneAuthModel
import Testing

/// The default country from the environment, the table's contents, and the picker's search.
@Suite struct CountryTableTests {
    @Test("the default country comes from the locale: LC_ALL, then LC_TELEPHONE, then LANG", arguments: [
        (["LANG": "de_DE.UTF-8"], "DE"), (["LANG": "en_GB.UTF-8"], "GB"), (["LANG": "ja_JP.UTF-8"], "JP"),
        (["LANG": "C"], nil), (["LANG": "POSIX"], nil), (["LANG": "C.UTF-8"], nil), ([:], nil),
        (["LC_ALL": "fr_FR.UTF-8", "LC_TELEPHONE": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"], "FR"),
        (["LC_TELEPHONE": "de_DE.UTF-8", "LANG": "en_GB.UTF-8"], "DE"),
        (["LC_ALL": "", "LANG": "ja_JP.UTF-8"], "JP"),
        (["LC_ALL": "C", "LANG": "de_DE.UTF-8"], nil),
        (["LANG": "de_DE@euro"], "DE"),
        (["PHONE_LOGIN_COUNTRY": "it", "LANG": "de_DE.UTF-8"], "IT"),
    ] as [([String: String], String?)])
    func localeDefault(_ example: ([String: String], String?)) throws {
        #expect(try Country.resolve(option: nil, environment: example.0)?.country.code == example.1)
    }

    @Test("--country wins over the variable and the locale; an unknown code is an error")
    func option() throws {
        let environment = ["PHONE_LOGIN_COUNTRY": "IT", "LANG": "de_DE.UTF-8"]
        #expect(try Country.resolve(option: "jp", environment: environment)?.country.code == "JP")
        #expect(throws: UnknownCountry(code: "XX", source: .option)) { try Country.resolve(option: "XX", environment: [:]) }
        #expect(throws: UnknownCountry(code: "Germany", source: .environment)) {
            try Country.resolve(option: nil, environment: ["PHONE_LOGIN_COUNTRY": "Germany"])
        }
    }

    @Test("the table carries the metadata: trunk prefixes, lengths, names")
    func table() throws {
        #expect(Country.all.count >= 240)
        let germany = try #require(Country(code: "DE"))
        #expect((germany.name, germany.callingCode, germany.nationalPrefix) == ("Germany", "49", "0"))
        #expect(Country(code: "RU")?.nationalPrefix == "8")
        #expect(Country(code: "IT")?.nationalPrefix == "", "Italy's leading 0 is part of the number")
        #expect(Country(code: "US")?.possibleLengths == [10])
        #expect(Country.forCallingCode("1")?.code == "US")
        #expect(Country.forCallingCode("1", preferring: Country(code: "CA"))?.code == "CA")
        #expect(Country.forCallingCode("44")?.code == "GB")
        #expect(!Country.metadataVersion.isEmpty)
    }

    @Test("the picker finds a country by name, ISO code or calling code", arguments: [
        ("germ", "DE"), ("DE", "DE"), ("de", "DE"), ("49", "DE"), ("+49", "DE"), ("united k", "GB"), ("1", "US"),
        ("cote", "CI"), ("jap", "JP"), ("7", "RU"),
    ])
    func search(_ example: (String, String)) {
        #expect(Country.matching(example.0).first?.code == example.1)
    }

    @Test("an empty query lists every country by name")
    func everyCountry() {
        let all = Country.matching("")
        #expect(all.count == Country.all.count)
        #expect(all.first?.name == "Afghanistan")
    }
}
