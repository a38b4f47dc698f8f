import Foundation

/// A Debian 12 (bookworm) minbase root made by debootstrap, kept in `.build-chroot/bookworm` between runs (a fresh
/// clone makes it once: about two minutes from deb.debian.org).
enum DebianRoot {
    /// Where the root lives.
    static let path = PackageBuild.root.appendingPathComponent(".build-chroot/bookworm").path

    /// The root, made first when missing (or left half-made by an interrupted run).
    static let shared = Task { () throws -> String in
        let ready = path + "/.phone-login-ready"
        if FileManager.default.fileExists(atPath: ready) { return path }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        _ = try await Shell.checked(["debootstrap", "--variant=minbase", "bookworm", path, "http://deb.debian.org/debian"], timeout: .seconds(900))
        // Name resolution inside, for apt-get to fetch what the package depends on.
        try? FileManager.default.removeItem(atPath: path + "/etc/resolv.conf")
        try? FileManager.default.copyItem(atPath: "/etc/resolv.conf", toPath: path + "/etc/resolv.conf")
        FileManager.default.createFile(atPath: ready, contents: Data())
        return path
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

    /// The package installed with `dpkg -i` (its dependencies fetched by `apt-get -f install`), with systemd and
    /// man-db beside it for `systemd-analyze verify` and `man`; done once.
    static let installed = Task { () throws -> String in
        let build = try await PackageBuild.shared.value
        let root = try await shared.value
        _ = try await Shell.checked(["cp", build.deb, root + "/tmp/phone-login.deb"])
        _ = try? await run(["dpkg", "--purge", "phone-login"])
        // A minbase root lacks libncursesw6: dpkg -i leaves the package unconfigured and apt-get -f fetches it.
        _ = try await Shell.run(try await commandLine(["dpkg", "-i", "/tmp/phone-login.deb"]), environment: environment)
        _ = try await run(["apt-get", "-y", "-qq", "-f", "install"], timeout: .seconds(600))
        _ = try await run(["apt-get", "-y", "-qq", "install", "--no-install-recommends", "systemd", "man-db"], timeout: .seconds(600))
        return root
    }
}
