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
        "usr/share/doc/phone-login/docs/kiosk.md",
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

    @Test("Depends: libc6's bound is at least the newest glibc version the binary requires (readelf), GLIBC_ABI_DT_RELR as 2.36")
    func glibcBound() async throws {
        let build = try await PackageBuild.shared.value
        let binary = try await build.unpacked() + "/usr/bin/phone-login"
        let needs = try await Shell.checked(["readelf", "--version-info", "--wide", binary])
            .matches(of: /Name: (GLIBC_[A-Za-z0-9_.]+)/).map { String($0.1) }
        #expect(!needs.isEmpty, "readelf shows the binary's glibc versions")
        // The glibc release that brought each version a binary may require that is not a number.
        let markers = ["GLIBC_ABI_DT_RELR": "2.36"]
        var newest = "0"
        for name in Set(needs) {
            let release: String
            if let number = name.firstMatch(of: /^GLIBC_(\d+(\.\d+)*)$/) {
                release = String(number.1)
            } else {
                release = try #require(markers[name], "\(name): which glibc release brought it? (add it to the table)")
            }
            if try await Self.dpkgVersion(release, isGreaterThan: newest) { newest = release }
        }
        let info = try await Shell.checked(["dpkg-deb", "--field", build.deb, "Depends"])
        let bound = try #require(info.firstMatch(of: /libc6 \(>= ([^)]+)\)/).map { String($0.1) }, "a libc6 bound in \(info)")
        let tooLow = try await Self.dpkgVersion(newest, isGreaterThan: bound)
        #expect(!tooLow, "libc6 (>= \(bound)) but the binary needs glibc \(newest): \(Set(needs).sorted())")
        let dynamic = try await Shell.checked(["readelf", "--dynamic", "--wide", binary])
        #expect(needs.contains("GLIBC_ABI_DT_RELR") == dynamic.contains("(RELR)"),
                "GLIBC_ABI_DT_RELR required exactly when the binary has packed relative relocations (DT_RELR)")
    }

    /// `dpkg --compare-versions a gt b`.
    static func dpkgVersion(_ a: String, isGreaterThan b: String) async throws -> Bool {
        try await Shell.run(["dpkg", "--compare-versions", a, "gt", b]).status == 0
    }

    @Test("dpkg-deb --contents: the binary, a man page per command, three completions, the docs, the unit", arguments: expected)
    func contents(path: String) async throws {
        let files = try await PackageBuild.shared.value.contents()
        #expect(files.contains("/" + path), "\(path) is missing")
    }

    @Test("the tarball holds the same files under bin/ and share/, and its binary runs")
    func tarball() async throws {
        let build = try await PackageBuild.shared.value
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-tar-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Unpacked and listed in one pass.
        let listing = try await PackagingPhase.measure("tar -xzvf (unpack and list the tarball)") {
            try await Shell.checked(["tar", "-xzvf", build.tarball, "-C", directory])
        }
        let top = "phone-login-\(build.version)/"
        for path in ["bin/phone-login", "share/man/man1/phone-login.token.1.gz", "share/bash-completion/completions/phone-login",
                     "share/zsh/vendor-completions/_phone-login", "share/fish/vendor_completions.d/phone-login.fish",
                     "share/doc/phone-login/copyright", "share/doc/phone-login/docs/kiosk.md", "lib/systemd/system/phone-login-kiosk@.service"] {
            #expect(listing.contains(top + path + "\n"), "\(path) in the tarball")
        }
        #expect(try await Shell.checked([directory + "/" + top + "bin/phone-login", "--version"]) == build.version + "\n")
    }

    @Test("installed into a debootstrapped Debian 12 with dpkg -i: --version, request --help, man phone-login, a demo login in plain mode")
    func install() async throws {
        let build = try await PackageBuild.shared.value
        let dpkg = try await DebianRoot.installed.value
        #expect(dpkg.status != 0 && dpkg.stderr.contains("libncursesw6"), "the root lacks libncursesw6, so dpkg -i alone cannot configure it: \(dpkg.stderr)")
        #expect(try await DebianRoot.run(["dpkg-query", "-W", "-f", "${Status} ${Version}", "phone-login"]) == "install ok installed \(build.version)")
        // apt-get -f install fetched what Depends names: each of its packages is installed, at a version it accepts.
        let depends = try await Shell.checked(["dpkg-deb", "--field", build.deb, "Depends"])
        for clause in depends.split(separator: ",") {
            let name = String(clause.trimmingCharacters(in: .whitespacesAndNewlines).prefix { $0 != " " })
            let status = try await DebianRoot.run(["dpkg-query", "-W", "-f", "${Status} ${Version}", name])
            #expect(status.hasPrefix("install ok installed "), "\(name): \(status)")
            if let bound = clause.firstMatch(of: /\(>= ([^)]+)\)/)?.1 {
                let installed = String(status.split(separator: " ").last ?? "")
                #expect(try await Shell.run(["dpkg", "--compare-versions", installed, "ge", String(bound)]).status == 0,
                        "\(name) \(installed) meets >= \(bound)")
            }
        }
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

    @Test("the kiosk unit's Documentation= names files the package installs: phone-login(1) and the kiosk page")
    func unitDocumentation() async throws {
        let unpacked = try await PackageBuild.shared.value.unpacked()
        let unit = try String(contentsOfFile: unpacked + "/usr/lib/systemd/system/phone-login-kiosk@.service", encoding: .utf8)
        let references = unit.split(separator: "\n").filter { $0.hasPrefix("Documentation=") }
            .flatMap { $0.dropFirst("Documentation=".count).split(separator: " ").map(String.init) }
        #expect(references.contains("man:phone-login(1)") && references.contains("file:/usr/share/doc/phone-login/docs/kiosk.md"), "\(references)")
        for reference in references {
            if reference.hasPrefix("file:") {
                #expect(FileManager.default.fileExists(atPath: unpacked + reference.dropFirst("file:".count)), "\(reference) is in the package")
            } else if let page = reference.firstMatch(of: /^man:([^(]+)\((\d)\)$/) {
                #expect(FileManager.default.fileExists(atPath: unpacked + "/usr/share/man/man\(page.2)/\(page.1).\(page.2).gz"), "\(reference) is in the package")
            } else {
                Issue.record("a Documentation= reference the test does not know: \(reference)")
            }
        }
    }

    @Test("the installed README's relative links resolve inside /usr/share/doc/phone-login, and so do the docs' links but those into the sources")
    func documentationLinks() async throws {
        let doc = try await PackageBuild.shared.value.unpacked() + "/usr/share/doc/phone-login"
        let readme = try String(contentsOfFile: doc + "/README.md", encoding: .utf8)
        let readmeLinks = MarkdownLinks.relativeTargets(in: readme)
        #expect(readmeLinks.contains { $0.hasPrefix("docs/") }, "the README links to the docs pages: \(readmeLinks)")
        for target in readmeLinks {
            #expect(FileManager.default.fileExists(atPath: doc + "/" + target), "README.md links to \(target), not installed")
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: doc + "/docs").filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        #expect(pages.count >= 10, "the docs pages: \(pages)")
        // The pages' links into the repository's sources (../scripts/…, ../Sources/…) are the checkout's: not installed.
        var intoSources = 0
        for page in pages + ["ARCHITECTURE.md"] {
            let directory = ((doc + "/" + page) as NSString).deletingLastPathComponent
            let text = try String(contentsOfFile: doc + "/" + page, encoding: .utf8)
            for target in MarkdownLinks.relativeTargets(in: text) {
                let resolved = ((directory + "/" + target) as NSString).standardizingPath
                if ["scripts/", "Sources/"].contains(where: { resolved.hasPrefix(doc + "/" + $0) }) { intoSources += 1; continue }
                #expect(FileManager.default.fileExists(atPath: resolved), "\(page) links to \(target), not installed")
            }
        }
        #expect(intoSources < 20, "\(intoSources) links into the sources, which the package does not hold")
    }

    @Test("man -l renders every page", arguments: ["phone-login"] + subcommands.map { "phone-login.\($0)" })
    func manPage(name: String) async throws {
        let unpacked = try await PackageBuild.shared.value.unpacked()
        let rendered = try await Shell.run(["man", "--warnings", "-l", "-P", "cat", unpacked + "/usr/share/man/man1/\(name).1.gz"],
                                           environment: ["MANWIDTH": "80", "LC_ALL": "C.UTF-8"])
        let page = rendered.stdout
        #expect(rendered.status == 0 && rendered.stderr.isEmpty, "groff's warnings: \(rendered.stderr)")
        #expect(page.contains("NAME") && page.contains("SYNOPSIS"), "\(page.prefix(300))")
        #expect(page.contains(name.replacingOccurrences(of: ".", with: " ")), "the page names its command")
        #expect(page.contains("EXIT STATUS") && !page.contains("exits 0 on success, and >0 if an error occurs"),
                "EXIT STATUS says what the codes are, not mdoc's generic sentence")
        if name != "phone-login" { #expect(page.contains("phone-login(1)"), "the subcommand's page points to phone-login(1)'s exit codes") }
    }

    @Test("phone-login(1): ENVIRONMENT names every XSOLLA_LOGIN_ and PHONE_LOGIN_ variable of the sources, FILES the stores, EXIT STATUS every code of ExitStatus.swift")
    func manualSections() async throws {
        let unpacked = try await PackageBuild.shared.value.unpacked()
        let source = try await Shell.checked(["gzip", "-dc", unpacked + "/usr/share/man/man1/phone-login.1.gz"])
        func section(_ title: String) -> String {
            guard let start = source.range(of: "\n.Sh \(title)\n") ?? source.range(of: "\n.Sh \"\(title)\"\n") else { return "" }
            let rest = source[start.upperBound...]
            return String(rest[..<(rest.range(of: "\n.Sh ")?.lowerBound ?? rest.endIndex)])
        }
        let sources = PackageBuild.root.appendingPathComponent("Sources")
        var variables = Set<String>()
        let walk = try #require(FileManager.default.enumerator(atPath: sources.path))
        for case let file as String in walk where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            variables.formUnion(text.matches(of: /"((?:XSOLLA_LOGIN|PHONE_LOGIN)_[A-Z_]+)"/).map { String($0.1) })
        }
        #expect(variables.count >= 10, "the variables the sources name: \(variables.sorted())")
        // The names on `.It Ev A , B` and `.Ev A ,` lines.
        let named = Set(section("ENVIRONMENT").split(separator: "\n").filter { $0.hasPrefix(".It Ev ") || $0.hasPrefix(".Ev ") }
            .flatMap { $0.split(separator: " ").map(String.init) })
        for variable in variables.sorted() + ["NO_COLOR", "TERM", "LANG", "LC_ALL", "LC_MESSAGES", "LC_TELEPHONE", "XDG_CONFIG_HOME"] {
            #expect(named.contains(variable), "ENVIRONMENT names \(variable)")
        }
        let files = section("FILES")
        for path in ["$XDG_CONFIG_HOME/phone-login/sessions.json", "$XDG_CONFIG_HOME/phone-login/requests.json", "/etc/default/phone-login-kiosk"] {
            #expect(files.contains(".It Pa \(path)"), "FILES names \(path)")
        }
        let statuses = try String(contentsOf: sources.appendingPathComponent("PhoneLoginCLI/Support/ExitStatus.swift"), encoding: .utf8)
            .matches(of: /case \w+ = (\d+)/).map { String($0.1) }
        #expect(statuses.count >= 10, "ExitStatus.swift's codes: \(statuses)")
        let exitStatus = section("EXIT STATUS")
        let listed = exitStatus.matches(of: /\.It (\d+)\n/).map { String($0.1) }
        #expect(listed == statuses, "EXIT STATUS lists ExitStatus.swift's codes, in order")
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
        let outcome = try await Lintian.shared.value
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
