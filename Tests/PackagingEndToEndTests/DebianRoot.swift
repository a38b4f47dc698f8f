import Foundation
import PhoneLoginTestSupport

/// A Debian 12 (bookworm) root to install the package into: a fresh copy, for this run, of the minbase root with
/// systemd and man-db that scripts/packaging/debian-root.sh keeps in a cache outside the clone (made once per machine:
/// about two minutes from deb.debian.org). Each run starts from the same clean root, so nothing a run installed
/// (the package, what it depends on) is there before the next `dpkg -i`.
enum DebianRoot {
    /// This run's copy (the last run's is removed first; it stays after the run, for a look inside).
    static let path = PackageBuild.root.appendingPathComponent(".build-chroot/run").path

    /// The copy, made once for the suite. `PackageBuild` starts this while scripts/package.sh runs: on a cold cache
    /// debootstrap's downloads overlap the .deb's compression.
    static let shared: Task<String, any Error> = Task { () throws -> String in
        let base = try await PackagingPhase.measure("Debian 12 root (cached base)") {
            try await Shell.checked(["bash", PackageBuild.root.appendingPathComponent("scripts/packaging/debian-root.sh").path],
                                    environment: cacheSetting, timeout: .seconds(1_200))
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return try await PackagingPhase.measure("Debian 12 root (copy for this run)") {
            try? FileManager.default.removeItem(atPath: path)
            // The root earlier versions of this suite kept in the clone and installed into run after run.
            try? FileManager.default.removeItem(atPath: PackageBuild.root.appendingPathComponent(".build-chroot/bookworm").path)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = try await Shell.checked(["cp", "-a", base, path], timeout: .seconds(300))
            return path
        }
    }

    /// PHONE_LOGIN_ROOT_CACHE passed on to debian-root.sh when set (the spawned tools get no PHONE_LOGIN_ variable).
    static var cacheSetting: [String: String] {
        ProcessInfo.processInfo.environment["PHONE_LOGIN_ROOT_CACHE"].map { ["PHONE_LOGIN_ROOT_CACHE": $0] } ?? [:]
    }

    /// The command line that runs `command` inside the root, with /proc mounted in a mount namespace of its own
    /// (gone when the command ends; the static Swift runtime reads its arguments from /proc/self/cmdline).
    static func commandLine(_ command: [String]) async throws -> [String] {
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", #"mount -t proc proc "$0/proc" && exec chroot "$0" "$@""#,
         try await shared.value] + command
    }

    /// The environment for commands inside the root.
    static let environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C.UTF-8", "HOME": "/root", "DEBIAN_FRONTEND": "noninteractive"]

    /// Runs `command` inside the root; its stdout, or a thrown failure with both streams.
    static func run(_ command: [String], stdin: String? = nil, timeout: Duration = .seconds(300)) async throws -> String {
        try await Shell.checked(try await commandLine(command), stdin: stdin, environment: environment, timeout: timeout)
    }

    /// The package installed with `dpkg -i`, done once. The root lacks libncursesw6, so dpkg leaves the package
    /// unconfigured and `apt-get -f install` fetches what Depends names (after `apt-get update` when the root's
    /// package lists have gone stale). Returns what `dpkg -i` said.
    static let installed: Task<BinaryRunner.Outcome, any Error> = Task { () throws -> BinaryRunner.Outcome in
        let build = try await PackageBuild.shared.value
        let root = try await shared.value
        return try await PackagingPhase.measure("dpkg -i, apt-get -f install") {
            _ = try await Shell.checked(["cp", build.deb, root + "/tmp/phone-login.deb"])
            let unpacked = try await Shell.run(try await commandLine(["dpkg", "-i", "/tmp/phone-login.deb"]), environment: environment)
            if (try? await run(["apt-get", "-y", "-qq", "-f", "install"], timeout: .seconds(600))) == nil {
                _ = try await run(["apt-get", "-qq", "update"], timeout: .seconds(600))
                _ = try await run(["apt-get", "-y", "-qq", "-f", "install"], timeout: .seconds(600))
            }
            return unpacked
        }
    }
}
