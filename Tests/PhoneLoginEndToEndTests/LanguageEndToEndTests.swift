import Foundation
import PhoneAuth
import PhoneLoginTestSupport
import Testing

@Suite("Languages on the real binary: the locale's language in tmux, --language, plain mode in Spanish, the kiosk's key", .serialized)
struct LanguageEndToEndTests {
    typealias F = FullScreenTests

    /// The locales these tests run under; `.ci/run` generates them (Debian's `locales`, `locale-gen`).
    static let locales = ["de_DE.utf8", "ja_JP.utf8"]

    /// Fails loudly when a locale the tests need is not installed (the screens would silently be English).
    static func requireLocales() async throws {
        let run = try await BinaryRunner.run(["-a"], executable: URL(fileURLWithPath: "/usr/bin/locale"))
        let installed = Set(run.stdout.split(separator: "\n").map { $0.lowercased() })
        let missing = locales.filter { !installed.contains($0.lowercased()) }
        try #require(missing.isEmpty, """
            locales \(missing.joined(separator: ", ")) are not installed: install Debian's `locales`, enable them in \
            /etc/locale.gen and run locale-gen (as .ci/run does)
            """)
    }

    /// English sentences (their literal parts of 12 characters or more) that `language` does not share: none may
    /// be on its screens.
    static func englishFragments(besides language: Language) -> [String] {
        let own = Catalogue.of(language).entries.values.flatMap(\.forms).joined(separator: "\n")
        return Catalogue.of(.english).entries.values.flatMap(\.forms).flatMap { form in
            form.split(omittingEmptySubsequences: true) { $0 == "{" || $0 == "}" }.enumerated()
                .filter { $0.offset % 2 == (form.hasPrefix("{") ? 1 : 0) }.map { $0.element.trimmingCharacters(in: .whitespaces) }
        }.filter { $0.count >= 12 && !own.contains($0) }
    }

    /// Expects no English sentence on `screen`.
    static func expectNoEnglish(_ screen: String, in language: Language, _ step: String) {
        let fragments = englishFragments(besides: language)
        #expect(fragments.count > 100, "the check has English to look for")
        let found = fragments.filter { screen.contains($0) }
        #expect(found.isEmpty, "\(language.tag), \(step): English on the screen: \(found)\n\(screen)")
    }

    /// A whole login against an emulator in the locale's (or the option's) language, each screen checked.
    static func login(environment: [String: String?], options: String = "", language: Language) async throws {
        try await EmulatorProcess.with { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --output none " + options
            try await TmuxSession.with(F.command(arguments), environment: environment) { session in
                let phone = try await session.waitFor(language.text(.titlePhone))
                expectNoEnglish(phone, in: language, "the phone screen")
                #expect(phone.contains(language.text(.phoneLabel)))
                try await session.type("+4915112345678")
                try await session.press("Enter")
                let code = try await session.waitFor(language.text(.titleCode))
                #expect(code.contains(language.text(.codeLabel)))
                expectNoEnglish(code, in: language, "the code screen")
                try await session.type(try await F.newestCode(emulator))
                try await session.press("Enter")
                let success = try await session.waitFor(language.text(.signedInMark))
                expectNoEnglish(success, in: language, "the success screen")
                #expect(success.contains(language.text(.keyFinish)))
                try await session.press("Enter")
                try await F.expectExit(session, "0")
            }
        }
    }

    @Test("LANG=de_DE.UTF-8: a German visitor signs in without an English sentence on the way")
    func german() async throws {
        try await Self.requireLocales()
        try await Self.login(environment: ["LANG": "de_DE.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil, "PHONE_LOGIN_LANGUAGE": nil],
                             language: .german)
    }

    @Test("LANG=ja_JP.UTF-8: a Japanese visitor signs in, in two cells a character, without an English sentence")
    func japanese() async throws {
        try await Self.requireLocales()
        try await Self.login(environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": nil, "LC_MESSAGES": nil, "PHONE_LOGIN_LANGUAGE": nil],
                             language: .japanese)
    }

    @Test("--language fr wins over the locale")
    func french() async throws {
        try await Self.login(environment: ["LANG": "C.UTF-8", "LC_ALL": nil, "PHONE_LOGIN_LANGUAGE": "de"], options: "--language fr",
                             language: .french)
    }

    @Test("demo mode in German: the demo phone's SMS in German too")
    func demoGerman() async throws {
        try await TmuxSession.with(F.command("--language de"), environment: ["LANG": "C.UTF-8", "LC_ALL": nil]) { session in
            try await session.waitFor("SMS (Demo-Handy)")
            try await session.type("+4915112345678")
            try await session.press("Enter")
            let code = try await session.waitFor("Ihr Xsolla-Login-Code lautet")
            Self.expectNoEnglish(code, in: .german, "the demo's code screen")
            try await session.press("C-c")
        }
    }

    @Test("plain mode in Spanish through a terminal: the prompts, the announcements, the success line")
    func plainSpanish() async throws {
        try await EmulatorProcess.with(PlainPipeTests.emulatorArguments) { emulator in
            let arguments = "--base-url \(emulator.baseURL) --project-id \(TestProject.id) --output token --plain --language es"
            try await TmuxSession.with(PlainTerminalTests.command(arguments), height: 50, environment: ["LC_ALL": "C.UTF-8"]) { session in
                try await session.waitFor("Número de teléfono:")
                try await session.type("+49 151 1234 5678")
                try await session.press("Enter")
                let prompt = try await session.waitFor("Código enviado a …78. Código:")
                #expect(prompt.contains("El código vale durante 3 minutos."))
                try await PlainTerminalTests.wrongThenRight(session, emulator,
                                                            wrongNotice: "Código incorrecto. Revisa el SMS y vuelve a intentarlo (quedan 2 intentos).")
                let transcript = try await session.transcript()
                #expect(transcript.contains("Sesión iniciada (JWT). Usuario "))
                Self.expectNoEnglish(transcript, in: .spanish, "the conversation")
            }
        }
    }

    @Test("the kiosk: Ctrl-L switches this visitor's language; the next visitor starts in the kiosk's own")
    func kioskKey() async throws {
        try await TmuxSession.with(F.command("--kiosk --language en"), environment: ["LANG": "C.UTF-8", "LC_ALL": nil]) { session in
            let english = try await session.waitFor("Step 1 of 2")
            #expect(english.contains("Ctrl-L Deutsch"))
            try await session.type("+49151")
            try await session.press("C-l")
            let german = try await session.waitFor("Schritt 1 von 2")
            #expect(german.contains("Strg-L Français") && german.contains("151"), "the same visitor, the number kept:\n\(german)")
            for _ in 0..<5 { try await session.press("C-l") }
            let japanese = try await session.waitFor("ステップ 1/2")
            #expect(japanese.contains("電話番号"))
            try await session.press("C-u")
            try await session.press("Escape")
            try await session.waitFor("Step 1 of 2")
        }
    }

    @Test("request's one-line error in the language asked for, Xsolla's words kept as codes; English outside UTF-8, with a note")
    func requestErrors() async throws {
        let german = try await BinaryRunner.run(["request", "--phone", "12", "--language", "de", "--project-id", TestProject.id],
                                                environment: ["LC_ALL": "C.UTF-8"])
        #expect(german.status == 2)
        #expect(german.stderr.contains("Ungültige Telefonnummer: braucht + und 5–25 Ziffern"), "\(german.stderr)")
        let ascii = try await BinaryRunner.run(["request", "--phone", "12", "--language", "ja", "--project-id", TestProject.id],
                                               environment: ["LC_ALL": "C", "LANG": "C"])
        #expect(ascii.stderr.contains("phone-login: note: the language ja needs a UTF-8 locale; speaking English."))
        #expect(ascii.stderr.contains("Invalid phone number: needs + and 5–25 digits"), "\(ascii.stderr)")
    }

    @Test("the login's own lines in its language: no terminal to draw on, a token file refused, a sign-in the store cannot keep")
    func loginFailures() async throws {
        let noTerminal = try await BinaryRunner.run(["-w", BinaryRunner.executable.path, "--language", "de"],
                                                    executable: URL(fileURLWithPath: "/usr/bin/setsid"), environment: ["LC_ALL": "C.UTF-8"])
        #expect(noTerminal.status == 2)
        #expect(noTerminal.stderr.hasPrefix("phone-login: Kein Terminal zum Zeichnen."), "\(noTerminal.stderr)")
        #expect(noTerminal.stderr.contains("`phone-login request`"), "\(noTerminal.stderr)")

        let linkedToken = FileManager.default.temporaryDirectory.appendingPathComponent("token-link-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createSymbolicLink(atPath: linkedToken, withDestinationPath: "/dev/null")
        defer { try? FileManager.default.removeItem(atPath: linkedToken) }
        let tokenFile = try await BinaryRunner.run(["--plain", "--language", "fr", "--save-token", linkedToken], environment: ["LC_ALL": "C.UTF-8"],
                                                   stdin: "")
        #expect(tokenFile.status == 2)
        #expect(tokenFile.stderr == "phone-login: Le jeton n’est pas écrit à travers le lien symbolique \(linkedToken) : donnez le vrai chemin du fichier.\n",
                "\(tokenFile.stderr)")

        // The store's directory is a symbolic link: the login succeeds, and says in German that it was not remembered.
        let configuration = FileManager.default.temporaryDirectory.appendingPathComponent("store-link-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: configuration) }
        try FileManager.default.createDirectory(at: configuration.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: configuration.appendingPathComponent("phone-login").path, withDestinationPath: "elsewhere")
        try await EmulatorProcess.with(PlainPipeTests.emulatorArguments) { emulator in
            let run = try InteractiveProcess(PlainPipeTests.arguments(emulator, ["--language", "de", "--output", "none"]),
                                             environment: ["LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": configuration.path])
            try await run.waitFor("Telefonnummer: ")
            try run.send("+4915112345678")
            try await run.waitFor("Code: ")
            try run.send(try await FullScreenTests.newestCode(emulator))
            let outcome = await run.finish()
            #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
            let link = configuration.appendingPathComponent("phone-login").path
            #expect(outcome.stderr.contains("phone-login: Warnung: \(link) wird nicht verwendet: Es ist ein symbolischer Link."), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("Die Anmeldung wurde nicht gespeichert."), "\(outcome.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: configuration.appendingPathComponent("elsewhere").path).isEmpty,
                "nothing was stored through the link")
    }
}
