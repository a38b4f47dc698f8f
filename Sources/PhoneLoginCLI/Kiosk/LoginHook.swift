import Foundation
import PhoneAuth
import PhoneLoginFlow

/// `--on-login`: runs a command with `/bin/sh -c` after each kiosk login, the token on its stdin and nowhere else.
///
/// The command runs in a process group of its own with default signal handling; at its timeout the group gets
/// SIGTERM, and SIGKILL a second later. It is always reaped. Its stdout goes to /dev/null; its stderr goes to
/// phone-login's stderr when that is not the terminal (a log file, the journal), else to /dev/null.
struct LoginHook: Sendable {
    /// The shell command.
    let command: String
    /// How long it may run.
    let timeout: Duration

    /// Runs the command for a login and says how it ended.
    func run(token: String, environment: [String: String]) async -> HookOutcome {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return .couldNotStart }
        let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        guard let pid = spawn(stdin: readEnd, environment: environment) else {
            close(readEnd)
            close(writeEnd)
            return .couldNotStart
        }
        close(readEnd)
        // A command that does not read its stdin gets what fits in the pipe (EPIPE is ignored).
        DescriptorWriter.writeAll((token + "\n").utf8, to: writeEnd)
        close(writeEnd)

        // The watchdog says whether it had to stop the command: SIGTERM at the timeout, SIGKILL a second later.
        let watchdog = Task { [timeout] () -> Bool in
            guard (try? await Task.sleep(for: timeout)) != nil else { return false }
            kill(-pid, SIGTERM)
            if (try? await Task.sleep(for: .seconds(1))) != nil { kill(-pid, SIGKILL) }
            return true
        }
        let status = await Self.reap(pid)
        watchdog.cancel()
        if await watchdog.value { return .timedOut(seconds: Int(timeout.components.seconds)) }
        let signal = status & 0x7F
        if signal != 0 { return .killedBySignal(signal) }
        let code = (status >> 8) & 0xFF
        return code == 0 ? .succeeded : .exited(code)
    }

    /// Starts `/bin/sh -c command` with `stdin` as its input, in its own process group; nil if it cannot start.
    private func spawn(stdin: Int32, environment: [String: String]) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if isatty(STDERR_FILENO) != 0 { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }

        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = SpawnAttributes.with(newGroup: true) { attributes in
            posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, variables)
        }
        return status == 0 ? pid : nil
    }

    /// Waits for the process on a Dispatch thread (never blocking the cooperative pool) and returns its wait status.
    private static func reap(_ pid: pid_t) async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                continuation.resume(returning: status)
            }
        }
    }

    /// The command's environment: phone-login's, without the project's JWT secret, with what the login is about.
    static func environment(for result: LoginResult, phone: PhoneNumber,
                            base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        var environment = base.filter { $0.key != "XSOLLA_LOGIN_JWT_SECRET" }
        environment["PHONE_LOGIN_SUB"] = result.claims.subject
        environment["PHONE_LOGIN_EXPIRES_AT"] = LoginLogLine.timestamp(result.claims.expiresAt)
        environment["PHONE_LOGIN_PHONE_MASKED"] = phone.masked()
        return environment
    }
}
