import ArgumentParser
import Testing
@testable import PhoneLoginCLI

@Suite("--language on the command line")
struct LanguageOptionParsingTests {
    @Test("a tag is taken by login, request and confirm", arguments: [
        ["--language", "de"], ["login", "--language", "pt-BR"], ["request", "--phone", "+4915112345678", "--language", "ja"],
        ["confirm", "--phone", "+4915112345678", "--operation-id", "x", "--code", "1234", "--language", "zh_CN"],
    ])
    func accepted(_ arguments: [String]) throws {
        _ = try PhoneLoginCommand.parseAsRoot(arguments)
    }

    @Test("a language without a catalogue is refused, naming the ones there are")
    func refused() {
        #expect {
            _ = try PhoneLoginCommand.parseAsRoot(["--language", "it"])
        } throws: { error in
            PhoneLoginCommand.message(for: error).contains("--language it is not one of en, de, fr, es, pt-BR, ru, ja, zh-Hans")
        }
    }

    @Test("the option wins over the environment; outside UTF-8 English", arguments: [
        (["--language", "fr"], ["PHONE_LOGIN_LANGUAGE": "de"], "fr"),
        ([], ["PHONE_LOGIN_LANGUAGE": "de", "LANG": "ja_JP.UTF-8"], "de"),
        ([], ["LANG": "ja_JP.UTF-8"], "ja"),
        ([], [:], "en"),
    ])
    func resolved(_ arguments: [String], _ environment: [String: String], _ tag: String) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(arguments) as? LoginCommand)
        #expect(login.words.resolved(environment: environment, utf8: true).tag == tag)
        #expect(login.words.resolved(environment: environment, utf8: false).tag == "en")
    }
}
