import Foundation
import PhoneAuth
import Testing
@testable import PhoneLoginCLI

/// A `--save-token` file that cannot be written, said in the login's language with its path (a usage error).
@Suite("The token file's problems, in the login's language")
struct TokenFileWordingTests {
    static let path = "/home/ana/token.txt"

    @Test("a link, a non-file, a system error: the path (and the system's reason) kept, exit 2, translated", arguments: Language.allCases)
    func wording(_ language: Language) {
        let cases: [(PrivateFileError, [String])] = [
            (.symbolicLink(path: Self.path), [Self.path]),
            (.notRegularFile(path: Self.path), [Self.path]),
            (.system(path: Self.path, code: EACCES), [Self.path, PrivateFileError.system(path: Self.path, code: EACCES).reason]),
        ]
        for (error, kept) in cases {
            let failure = CommandFailure(tokenFile: error, in: language)
            #expect(failure.status == .usage)
            for typed in kept { #expect(failure.message.contains(typed), "\(language.tag), \(error): \(failure.message)") }
            if language != .english {
                #expect(failure.message != CommandFailure(tokenFile: error).message, "\(language.tag), \(error) is translated")
            }
        }
    }
}
