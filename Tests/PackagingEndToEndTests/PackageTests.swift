import Foundation
import PhoneLoginTestSupport
import Testing

/// What an ops team installs: the .deb and the tarball from scripts/package.sh, checked as a fresh Debian 12
/// machine sees them.
@Suite("The packages: contents, an install into Debian 12, man pages, completions, lintian, the kiosk unit", .serialized)
struct PackageTests {
    /// Every file the package must hold.
    static let expected = [
        "usr/bin/phone-login",
        "usr/share/man/man1/phone-login.1.gz",
        "usr/share/bash-completion/completions/phone-login",
        "usr/share/zsh/vendor-completions/_phone-login",
        "usr/share/fish/vendor_completions.d/phone-login.fish",
        "usr/share/doc/phone-login/README.md",
        "usr/share/doc/phone-login/changelog.gz",
        "usr/share/doc/phone-login/copyright",
        "usr/lib/systemd/system/phone-login-kiosk@.service",
        "etc/default/phone-login-kiosk",
    ] + subcommands.map { "usr/share/man/man1/phone-login.\($0).1.gz" }

    /// The subcommands, each with its own page.
    static let subcommands = ["login", "token", "status", "whoami", "logout", "request", "confirm", "emulator"]

    @Test("dpkg-deb --info: the version the binary prints, Depends from what it links (ncurses, libc, libstdc++), nothing of Swift")
    func info() async throws {
        let build = try await PackageBuild.shared.value
        let info = try await Shell.checked(["dpkg-deb", "--info", build.deb])
        #expect(info.contains("Package: phone-login") && info.contains("Version: \(build.version)"))
        let depends = try #require(info.split(separator: "\n").first { $0.contains("Depends:") })
        for library in ["libc6", "libncursesw6", "libstdc++6"] { #expect(depends.contains(library), "\(depends)") }
        #expect(!depends.lowercased().contains("swift"), "the Swift runtime is linked in: \(depends)")
        #expect(build.deb.contains("/phone-login_\(build.version)_") && build.tarball.contains("/phone-login-\(build.version)-linux-"))
    }

    @Test("dpkg-deb --contents: the binary, a man page per command, three completions, the docs, the unit", arguments: expected)
    func contents(path: String) async throws {
        let files = try await PackageBuild.shared.value.contents()
        #expect(files.contains("/" + path), "\(path) is missing")
    }

    @Test("the tarball holds the same files under bin/ and share/, and its binary runs")
    func tarball() async throws {
        let build = try await PackageBuild.shared.value
        let listing = try await Shell.checked(["tar", "-tzf", build.tarball])
        let top = "phone-login-\(build.version)/"
        for path in ["bin/phone-login", "share/man/man1/phone-login.token.1.gz", "share/bash-completion/completions/phone-login",
                     "share/zsh/vendor-completions/_phone-login", "share/fish/vendor_completions.d/phone-login.fish",
                     "share/doc/phone-login/copyright", "lib/systemd/system/phone-login-kiosk@.service"] {
            #expect(listing.contains(top + path + "\n"), "\(path) in the tarball")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-tar-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = try await Shell.checked(["tar", "-xzf", build.tarball, "-C", directory])
        #expect(try await Shell.checked([directory + "/" + top + "bin/phone-login", "--version"]) == build.version + "\n")
    }

    @Test("installed into a debootstrapped Debian 12 with dpkg -i: --version, request --help, man phone-login, a demo login in plain mode")
    func install() async throws {
        let build = try await PackageBuild.shared.value
        _ = try await DebianRoot.installed.value
        #expect(try await DebianRoot.run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "phone-login"]) == "install ok installed \(build.version)")
        #expect(try await DebianRoot.run(["phone-login", "--version"]) == build.version + "\n")
        #expect(try await DebianRoot.run(["phone-login", "request", "--help"]).contains("--phone <number>"))
        #expect(try await DebianRoot.run(["man", "-P", "cat", "phone-login"]).contains("phone-login"))

        let run = try InteractiveProcess(try await DebianRoot.commandLine(["phone-login", "--plain", "--output", "token"]).dropFirst().map { $0 },
                                         executable: URL(fileURLWithPath: "/usr/bin/unshare"), environment: DebianRoot.environment)
        try await run.waitFor("Phone number: ")
        try run.send("+15555550100")
        let sms = try await run.waitFor("Code: ")
        let code = try #require(sms.firstMatch(of: /code is (\d+)/)?.1, "the demo's SMS line: \(sms)")
        try run.send(String(code))
        let outcome = await run.finish()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("eyJ"), "the token on stdout")
    }

    @Test("the installed kiosk unit passes systemd-analyze verify (its binary and man page found)")
    func unit() async throws {
        _ = try await DebianRoot.installed.value
        let verified = try await Shell.run(try await DebianRoot.commandLine(["systemd-analyze", "verify", "phone-login-kiosk@tty1.service"]),
                                           environment: DebianRoot.environment)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(!verified.stderr.contains("phone-login"), "no complaint about the unit: \(verified.stderr)")
    }

    @Test("man -l renders every page", arguments: ["phone-login"] + subcommands.map { "phone-login.\($0)" })
    func manPage(name: String) async throws {
        let unpacked = try await PackageBuild.shared.value.unpacked()
        let page = try await Shell.checked(["man", "-l", "-P", "cat", unpacked + "/usr/share/man/man1/\(name).1.gz"],
                                           environment: ["MANWIDTH": "80", "LC_ALL": "C.UTF-8"])
        #expect(page.contains("NAME") && page.contains("SYNOPSIS"), "\(page.prefix(300))")
        #expect(page.contains(name.replacingOccurrences(of: ".", with: " ")), "the page names its command")
    }

    @Test("each completion script completes, in its own shell, the subcommands, a subcommand's start and its options",
          arguments: ["bash", "zsh", "fish"])
    func completion(shell: String) async throws {
        let share = try await PackageBuild.shared.value.unpacked() + "/usr/share"
        let all = try await CompletionDriver.offers(shell, share: share, words: ["phone-login", ""])
        for command in Self.subcommands { #expect(all.contains(command), "\(command) offered after phone-login: \(all)") }
        let unexpected = all.filter { !Self.subcommands.contains($0) && $0 != "help" && !$0.hasPrefix("-") }
        #expect(unexpected.isEmpty, "subcommands and options only, no file names: \(unexpected)")
        let started = try await CompletionDriver.offers(shell, share: share, words: ["phone-login", "req"])
        #expect(started == ["request"], "\(started)")
        let options = try await CompletionDriver.offers(shell, share: share, words: ["phone-login", "confirm", "--oper"])
        #expect(options == ["--operation-id"], "\(options)")
    }

    @Test("lintian: no errors; the only warnings are the ones the README explains")
    func lintian() async throws {
        let build = try await PackageBuild.shared.value
        let outcome = try await Shell.run(["lintian", "--no-tag-display-limit", build.deb], timeout: .seconds(600))
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let tags = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("E:") || $0.hasPrefix("W:") }
        #expect(!tags.contains { $0.hasPrefix("E:") }, "\(tags)")
        #expect(tags.allSatisfy { $0.contains("bad-whatis-entry") }, "a warning the README does not explain: \(tags)")
    }

    @Test("the copyright file: machine-readable, the licences of the linked packages and of the bundled data")
    func copyright() async throws {
        let unpacked = try await PackageBuild.shared.value.unpacked()
        let text = try String(contentsOfFile: unpacked + "/usr/share/doc/phone-login/copyright", encoding: .utf8)
        #expect(text.hasPrefix("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"))
        for name in ["swift-nio", "async-http-client", "hummingbird", "jwt-kit", "swift-argument-parser", "swift-crypto"] {
            #expect(text.contains("the Swift package \(name), linked in statically"), "\(name)")
        }
        #expect(text.contains("License: MIT"), "jwt-kit's MIT licence, with its text")
        #expect(text.contains("Libphonenumber Authors"), "the countries' data")
        #expect(text.contains("License: Zlib") && text.contains("License: Unicode-3.0"))
    }
}
