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

    /// The files the .deb holds, as `dpkg-deb --contents` lists them (`/usr/bin/phone-login`).
    func contents() async throws -> [String] {
        let listing = try await Shell.checked(["dpkg-deb", "--contents", deb])
        return listing.split(separator: "\n").compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).last.map { String($0.dropFirst()) }
        }
    }

    /// The package unpacked (`dpkg-deb -x`) into a fresh directory.
    func unpacked() async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-deb-\(UUID().uuidString)").path
        _ = try await Shell.checked(["dpkg-deb", "-x", deb, directory])
        return directory
    }
}
