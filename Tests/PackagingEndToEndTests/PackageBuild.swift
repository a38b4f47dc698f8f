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
    /// The Debian root is started beside it (its debootstrap downloads while the .deb is compressed), and lintian
    /// as soon as the .deb is there (it reads the package while the other tests install and check it).
    static let shared: Task<PackageBuild, any Error> = Task { () throws -> PackageBuild in
        _ = DebianRoot.shared
        let outcome = try await PackagingPhase.measure("scripts/package.sh") {
            try await Shell.run(["bash", root.appendingPathComponent("scripts/package.sh").path], timeout: .seconds(2_400))
        }
        guard outcome.status == 0 else { throw ShellError.failed("scripts/package.sh", outcome) }
        // package.sh's own phases (its summary at the end of stderr).
        if let summary = outcome.stderr.range(of: "package.sh: ", options: .backwards) {
            print(outcome.stderr[summary.lowerBound...].trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let paths = outcome.stdout.split(separator: "\n").map(String.init)
        guard paths.count == 2 else { throw ShellError.failed("scripts/package.sh printed \(paths)", outcome) }
        let version = try String(contentsOfFile: root.appendingPathComponent("Sources/PhoneLoginCLI/Support/PhoneLoginVersion.swift").path, encoding: .utf8)
            .firstMatch(of: /"(\d+\.\d+\.\d+)"/).map { String($0.1) } ?? "?"
        _ = Lintian.shared
        return PackageBuild(deb: paths[0], tarball: paths[1], version: version)
    }

    /// The files the .deb holds (`/usr/bin/phone-login`), as `dpkg-deb -X` names them while unpacking.
    func contents() async throws -> [String] { try await Self.tree.value.files }

    /// The package unpacked into a fresh directory; tests only read it.
    func unpacked() async throws -> String { try await Self.tree.value.directory }

    /// The .deb unpacked and listed in one pass (`dpkg-deb -X`: each pass decompresses the whole data.tar), once.
    private static let tree = Task { () throws -> (directory: String, files: [String]) in
        let deb = try await shared.value.deb
        return try await PackagingPhase.measure("dpkg-deb -X (unpack and list)") {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("phone-login-deb-\(UUID().uuidString)").path
            let listing = try await Shell.checked(["dpkg-deb", "-X", deb, directory])
            let files = listing.split(separator: "\n").map { line in
                String(line.hasPrefix("./") ? line.dropFirst() : line[...])
            }
            return (directory, files)
        }
    }
}
