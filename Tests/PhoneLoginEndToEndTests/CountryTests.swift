import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("Countries on the real binary: the locale's default, the picker in tmux, --country on the command line", .serialized)
struct CountryTests {
    typealias F = FullScreenTests

    /// The locales these tests run under; `.ci/run` generates them (Debian's `locales`, `locale-gen`).
    static let locales = ["de_DE.utf8", "en_GB.utf8", "ja_JP.utf8"]

    /// Fails loudly when a locale the tests need is not installed (a default country would silently not be found).
    static func requireLocales() async throws {
        let run = try await BinaryRunner.run(["-a"], executable: URL(fileURLWithPath: "/usr/bin/locale"))
        let installed = Set(run.stdout.split(separator: "\n").map { $0.lowercased().replacingOccurrences(of: "-", with: "") })
        let missing = locales.filter { !installed.contains($0.lowercased()) }
        try #require(missing.isEmpty, """
            locales \(missing.joined(separator: ", ")) are not installed: install Debian's `locales`, enable them in \
            /etc/locale.gen and run locale-gen (as .ci/run does)
            """)
    }

    /// The numbers the emulator sent an SMS to, oldest first.
    static func recipients(_ emulator: EmulatorProcess) async throws -> [String] {
        try await emulator.messages().map(\.phoneNumber)
    }

    /// The binary against a fresh emulator in tmux, with `options` after the server's and `environment` for the locale.
    static func withLogin(_ options: String, environment: [String: String?],
                          _ body: (TmuxSession, EmulatorProcess) async throws -> Void) async throws {
        try await EmulatorProcess.with { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) " + options
            try await TmuxSession.with(F.command(arguments), environment: environment) { session in try await body(session, emulator) }
        }
    }

    @Test("with LANG=de_DE.UTF-8, 0151 1234 5678 typed the German way gets its SMS at +4915112345678")
    func germanLocale() async throws {
        try await Self.requireLocales()
        try await Self.withLogin("--output none", environment: ["LANG": "de_DE.UTF-8", "LC_ALL": nil, "LC_TELEPHONE": nil,
                                                                "PHONE_LOGIN_COUNTRY": nil, "PHONE_LOGIN_LANGUAGE": "en"]) { session, emulator in
            let first = try await session.waitFor("Phone number")
            #expect(first.contains("Country  Germany (+49)"), "the locale's region is the default country:\n\(first)")
            try await session.type("0151 1234 5678")
            let typed = try await session.waitFor("Press Enter to get a code by SMS.")
            #expect(typed.contains("[+49 1511 2345678"), "the field shows the number grouped:\n\(typed)")
            try await session.press("Enter")
            try await session.waitFor("Code sent to +49 •••• •••••78")
            #expect(try await Self.recipients(emulator) == ["+4915112345678"])
            try await session.press("C-c")
        }
    }

    @Test("Tab moves to the country; typing filters, Enter picks, and the number is read there")
    func pickWithTab() async throws {
        try await Self.withLogin("--output none", environment: ["LANG": "C.UTF-8", "LC_ALL": nil, "PHONE_LOGIN_COUNTRY": nil]) { session, emulator in
            let first = try await session.waitFor("Phone number")
            #expect(first.contains("none: start with +"))
            try await session.press("Tab")
            try await session.type("united k")
            let list = try await session.waitFor("▸ United Kingdom")
            #expect(list.contains("GB  +44"))
            try await session.press("Enter")
            try await session.waitFor("Country  United Kingdom (+44)")
            try await session.type("020 7946 0958")
            try await session.waitFor("[+44 20 7946 0958")
            try await session.press("Enter")
            try await session.waitFor("Code sent to +44")
            #expect(try await Self.recipients(emulator) == ["+442079460958"])
            try await session.press("C-c")
        }
    }

    @Test("the kiosk reads each visitor's national number in the event's --country; +… still keeps its own")
    func kioskCountry() async throws {
        try await Self.withLogin("--kiosk --admin-key ctrl-] --country GB",
                                 environment: ["LANG": "C.UTF-8", "LC_ALL": nil, "PHONE_LOGIN_COUNTRY": nil]) { session, emulator in
            let form = try await session.waitFor("Step 1 of 2")
            #expect(form.contains("Country  United Kingdom (+44)"))
            try await session.type("07700 900123")
            try await session.waitFor("[+44 7700 900123")
            try await session.press("Enter")
            try await session.waitFor("Step 2 of 2")
            try await session.press("Escape")
            try await session.waitFor("Step 1 of 2")
            try await session.press("C-u")
            try await session.type("+49 151 1234 5678")
            try await session.press("Enter")
            try await session.waitFor("Code sent to +49")
            #expect(try await Self.recipients(emulator) == ["+447700900123", "+4915112345678"])
            try await session.press("C-]", "C-]")
            try await F.expectExit(session, "0")
        }
    }

    @Test("request --country reads a national number there; an impossible length is refused before any request", arguments: [
        (["--country", "GB", "--phone", "020 7946 0958"], [String: String](), Int32(0), "+442079460958"),
        (["--phone", "8 912 345-67-89"], ["PHONE_LOGIN_COUNTRY": "RU"], 0, "+79123456789"),
        (["--phone", "06 1234 5678"], ["LANG": "it_IT.UTF-8"], 0, "+390612345678"),
        (["--country", "US", "--phone", "415 555 010"], [:], 2, "too short for a number in United States"),
        (["--country", "US", "--no-number-check", "--phone", "415 555 010"], [:], 0, "+1415555010"),
        (["--phone", "0151 1234 5678"], ["LANG": "C"], 2, "starts with + and the country code"),
        (["--country", "XX", "--phone", "0151 1234 5678"], [:], 2, "--country XX: no such country"),
    ])
    func requestCountry(_ example: ([String], [String: String], Int32, String)) async throws {
        try await EmulatorProcess.with { emulator in
            let arguments = ["request", "--base-url", emulator.baseURL, "--project-id", TestProject.id, "--json"] + example.0
            let run = try await BinaryRunner.run(arguments, environment: example.1)
            #expect(run.status == example.2, "exit \(run.status):\n\(run.stdout)\n\(run.stderr)")
            #expect((run.stdout + run.stderr).contains(example.3), "\(run.stdout)\n\(run.stderr)")
            let sent = try await Self.recipients(emulator)
            #expect(sent == (example.2 == 0 ? [example.3] : []), "an SMS only for a number that passed")
        }
    }

    @Test("plain mode says the country it assumes and takes a national number", .timeLimit(.minutes(2)))
    func plainNational() async throws {
        try await EmulatorProcess.with { emulator in
            let arguments = ["--plain", "--base-url", emulator.baseURL, "--project-id", TestProject.id, "--country", "JP"]
            let run = try await BinaryRunner.run(arguments, environment: ["LC_ALL": "C.UTF-8"], stdin: "090-1234-5678\n")
            #expect(run.stderr.contains("Phone number (Japan, +81): "), "\(run.stderr)")
            #expect(try await Self.recipients(emulator) == ["+819012345678"])
        }
    }
}
