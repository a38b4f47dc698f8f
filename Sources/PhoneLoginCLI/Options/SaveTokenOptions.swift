import ArgumentParser
import PhoneAuth

/// `--save-token FILE`: the token written to a file only its owner can read, atomically.
struct SaveTokenOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Also write the token to this file (mode 0600, replaced atomically; a symbolic link is refused).",
                                            valueName: "file"))
    var saveToken: String?

    /// Checks before signing in that the file can be written, so a login is not wasted on a bad path.
    func checkBeforeLogin(in language: Language = .english) throws(CommandFailure) {
        guard let saveToken else { return }
        do throws(PrivateFileError) { try PrivateFile.checkWritable(saveToken) } catch { throw CommandFailure(tokenFile: error, in: language) }
    }

    /// Writes the token of `result` if a file was asked for; a failure in the login's `language`.
    func save(_ result: LoginResult, in language: Language = .english) throws(CommandFailure) {
        guard let saveToken else { return }
        do throws(PrivateFileError) { try PrivateFile.replace(saveToken, with: (result.token + "\n").utf8) } catch {
            throw CommandFailure(tokenFile: error, in: language)
        }
    }
}
