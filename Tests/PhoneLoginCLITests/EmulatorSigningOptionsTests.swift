import ArgumentParser
import Foundation
import LoginEmulator
import Testing
@testable import PhoneLoginCLI

/// `phone-login emulator --jwt-algorithm hs256|rs256 --jwt-key FILE`, parsed in process, down to the configuration.
@Suite("The emulator command's signing options")
struct EmulatorSigningOptionsTests {
    /// A scratch directory with a PEM key file (a fresh 2048-bit key) and a few files that are not keys.
    static func withKeyFiles<R>(_ body: (URL, EmulatorSigningKey) throws -> R) throws -> R {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jwt-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let key = try EmulatorSigningKey.generate()
        try key.pem.write(to: directory.appendingPathComponent("key.pem"), atomically: true, encoding: .utf8)
        try "not a key\n".write(to: directory.appendingPathComponent("text.pem"), atomically: true, encoding: .utf8)
        return try body(directory, key)
    }

    /// The command parsed from `arguments`, with `DIR` in them replaced by the scratch directory.
    static func parse(_ arguments: [String], in directory: URL) throws -> EmulatorCommand {
        let arguments = arguments.map { $0.replacingOccurrences(of: "DIR", with: directory.path) }
        return try #require(try PhoneLoginCommand.parseAsRoot(["emulator"] + arguments) as? EmulatorCommand)
    }

    @Test("the algorithm and the key reach the configuration", arguments: [
        ([], EmulatorJWTAlgorithm.hs256, false),
        (["--jwt-algorithm", "hs256"], .hs256, false),
        (["--jwt-algorithm", "RS256"], .rs256, false),
        (["--jwt-algorithm", "rs256", "--jwt-key", "DIR/key.pem"], .rs256, true),
        (["--jwt-key", "DIR/key.pem"], .rs256, true),
    ])
    func options(_ arguments: [String], _ algorithm: EmulatorJWTAlgorithm, _ fromFile: Bool) throws {
        try Self.withKeyFiles { directory, key in
            let command = try Self.parse(arguments, in: directory)
            #expect(try command.signingAlgorithm() == algorithm)
            let configuration = try command.configuration(secret: String(repeating: "s", count: 32), signingKey: try command.signingKey())
            #expect(configuration.jwtAlgorithm == algorithm)
            #expect((configuration.jwtPrivateKeyPEM == key.pem) == fromFile)
            #expect((configuration.jwtPrivateKeyPEM != nil) == fromFile)
        }
    }

    @Test("bad signing options are refused with words that name the problem", arguments: [
        (["--jwt-algorithm", "rs512"], "--jwt-algorithm must be hs256 or rs256"),
        (["--jwt-algorithm", "hs256", "--jwt-key", "DIR/key.pem"], "--jwt-key is an RS256 private key"),
        (["--jwt-algorithm", "rs256", "--jwt-secret", String(repeating: "s", count: 32)], "--jwt-secret signs HS256 tokens"),
        (["--jwt-key", "DIR/missing.pem"], "missing.pem: no such file"),
        (["--jwt-key", "DIR"], "a directory, not a key file"),
        (["--jwt-key", "DIR/text.pem"], "it is not a PEM file"),
    ])
    func refusals(_ arguments: [String], _ says: String) throws {
        try Self.withKeyFiles { directory, _ in
            do {
                _ = try Self.parse(arguments, in: directory)
                Issue.record("\(arguments) was accepted")
            } catch {
                #expect(PhoneLoginCommand.message(for: error).contains(says), "\(PhoneLoginCommand.message(for: error))")
            }
        }
    }

    @Test("--help names the signing options")
    func help() {
        let help = PhoneLoginCommand.helpMessage(for: EmulatorCommand.self)
        for option in ["--jwt-algorithm", "--jwt-key", "hs256|rs256"] { #expect(help.contains(option), "\(option)") }
    }
}
