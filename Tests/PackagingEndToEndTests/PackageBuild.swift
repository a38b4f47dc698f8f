import Foundation
import PhoneLoginTestSupport

/// The packages scripts/package.sh makes, built once for the whole suite.
struct PackageBuild: Sendable {
    /// The repository's root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The .deb.
    let deb: String
    /// The tarball.
    let tarball: String
    /// The version the binary prints.
    let version: String

    /// The one build (a warm release build makes it take about a minute; a cold one, the release build's time).
    static let shared = Task { () throws -> PackageBuild in
        let outcome = try await Shell.run(["bash", root.appendingPathComponent("scripts/package.sh").path], timeout: .seconds(2_400))
        guard outcome.status == 0 else { throw ShellError.failed("scripts/package.sh", outcome) }
        let paths = outcome.stdout.split(separator: "\n").map(String.init)
        guard paths.count == 2 else { throw ShellError.failed("scripts/package.sh printed \(paths)", outcome) }
        let version = try String(contentsOfFile: root.appendingPathComponent("Sources/PhoneLoginCLI/Support/PhoneLoginVersion.swift").path, encoding: .utf8)
            .firstMatch(of: /"(\d+\.\d+\.\d+)"/).map { String($0.1) } ?? "?"
        return PackageBuild(deb: paths[0], tarball: paths[1], version: version)
    }

    /// The files the .deb holds, as `dpkg-deb --contents` lists them (`/usr/bin/phone-login`): listed once for the
    /// suite (each listing decompresses the whole 80 MB of data.tar.xz).
    func contents() async throws -> [String] { try await Self.listing.value }

    /// The package unpacked (`dpkg-deb -x`) once for the suite, into a fresh directory; tests only read it.
    func unpacked() async throws -> String { try await Self.tree.value }

    private static let listing = Task { () throws -> [String] in
        let listing = try await Shell.checked(["dpkg-deb", "--contents", try await shared.value.deb])
        return listing.split(separator: "\n").compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).last.map { String($0.dropFirst()) }
        }
    }

    private static let tree = Task { () throws -> String in
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-deb-\(UUID().uuidString)").path
        _ = try await Shell.checked(["dpkg-deb", "-x", try await shared.value.deb, directory])
        return directory
    }
}
