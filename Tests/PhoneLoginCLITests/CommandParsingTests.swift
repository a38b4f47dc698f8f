import ArgumentParser
import Testing
@testable import PhoneLoginCLI

/// The command line parsed in process, as swift-argument-parser's own tests do: no binary spawned.
@Suite("Command lines parsed in process")
struct CommandParsingTests {
    /// A command line that must be refused, and words the refusal must contain.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let says: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test("no subcommand is the full-screen login, with the documented defaults")
    func defaults() throws {
        let command = try PhoneLoginCommand.parseAsRoot([])
        let login = try #require(command as? LoginCommand)
        #expect(login.codeLifetime == 180)
        #expect(login.resendCooldown == 30)
        #expect(login.codeLength == 4)
        #expect(login.output == .none)
        #expect(!login.kiosk.kiosk)
    }

    @Test("options reach the login command", arguments: [
        (["--code-lifetime", "60"], 60, 30, 4),
        (["login", "--resend-cooldown", "0", "--code-length", "6"], 180, 0, 6),
        (["--code-lifetime", "5", "--resend-cooldown", "2"], 5, 2, 4),
    ])
    func options(arguments: [String], lifetime: Int, cooldown: Int, length: Int) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(arguments) as? LoginCommand)
        #expect(login.codeLifetime == lifetime)
        #expect(login.resendCooldown == cooldown)
        #expect(login.codeLength == length)
    }

    @Test("request parses into the request command with its phone, the bare operation id by default")
    func request() throws {
        let request = try #require(try PhoneLoginCommand.parseAsRoot(["request", "--phone", "+15555550100"]) as? RequestCommand)
        #expect(request.phone == "+15555550100")
        #expect(!request.json)
        let json = try #require(try PhoneLoginCommand.parseAsRoot(["request", "--phone", "+15555550100", "--json"]) as? RequestCommand)
        #expect(json.json)
    }

    @Test("confirm parses into the confirm command with its phone, operation and code, printing the token by default")
    func confirm() throws {
        let arguments = ["confirm", "--phone", "+15555550100", "--operation-id", "op-1", "--code", "1234"]
        let confirm = try #require(try PhoneLoginCommand.parseAsRoot(arguments) as? ConfirmCommand)
        #expect(confirm.phone == "+15555550100")
        #expect(confirm.operationId == "op-1")
        #expect(confirm.code == "1234")
        #expect(!confirm.waitForLink)
        #expect(confirm.output == .token)
        #expect(confirm.codeLifetime == 180)
    }

    @Test("emulator parses into the emulator command on the documented address, 127.0.0.1:8480, with 4-digit codes for 180 s")
    func emulator() throws {
        let emulator = try #require(try PhoneLoginCommand.parseAsRoot(["emulator"]) as? EmulatorCommand)
        #expect(emulator.host == "127.0.0.1" && emulator.port == 8480)
        #expect(emulator.codeLength == 4 && emulator.codeLifetime == 180)
        let free = try #require(try PhoneLoginCommand.parseAsRoot(["emulator", "--port", "0"]) as? EmulatorCommand)
        #expect(free.port == 0)
    }

    @Test("bad command lines are refused with a reason", arguments: [
        Refusal(arguments: ["--code-lifetime", "0"], says: "--code-lifetime must be positive"),
        Refusal(arguments: ["--code-length", "13"], says: "--code-length must be 1–12"),
        Refusal(arguments: ["--kiosk", "--output", "token"], says: "--kiosk never prints the token"),
        Refusal(arguments: ["--no-such-option"], says: "Unknown option"),
        Refusal(arguments: ["token", "--min-validity=-1"], says: "--min-validity must not be negative"),
        Refusal(arguments: ["--client-id", "abc"], says: "--client-id"),
    ])
    func refusals(refusal: Refusal) {
        do {
            _ = try PhoneLoginCommand.parseAsRoot(refusal.arguments)
            Issue.record("\(refusal.arguments) was accepted")
        } catch {
            #expect(PhoneLoginCommand.message(for: error).contains(refusal.says))
            #expect(PhoneLoginCommand.exitCode(for: error) != .success)
        }
    }

    @Test("--version prints the one version")
    func version() {
        do {
            _ = try PhoneLoginCommand.parseAsRoot(["--version"])
            Issue.record("--version did not end parsing")
        } catch {
            #expect(PhoneLoginCommand.fullMessage(for: error) == PhoneLoginVersion.current)
        }
    }

    @Test("the session commands parse, and which session they mean follows the same options as the login", arguments: [
        (["token"], "token"), (["token", "--no-login", "--min-validity", "0"], "token"), (["status", "--json"], "status"),
        (["whoami"], "whoami"), (["logout", "--all"], "logout"),
    ])
    func sessionCommands(arguments: [String], name: String) throws {
        let command = try PhoneLoginCommand.parseAsRoot(arguments)
        #expect(type(of: command).configuration.commandName == name)
    }

    @Test("--client-id (or XSOLLA_LOGIN_CLIENT_ID) turns on OAuth 2.0 with the SDKs' defaults; a project is then optional",
          arguments: [
            (["--client-id", "57"], [:], 57 as Int?), ([], ["XSOLLA_LOGIN_CLIENT_ID": "58"], 58), ([], [:], nil),
            (["--client-id", "57"], ["XSOLLA_LOGIN_CLIENT_ID": "58"], 57),
          ] as [([String], [String: String], Int?)])
    func oauthSettings(arguments: [String], environment: [String: String], client: Int?) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(arguments) as? LoginCommand)
        let configuration = try login.server.clientConfiguration(environment: environment)
        #expect(configuration.oauth?.clientID == client)
        #expect(configuration.oauth.map { $0.scope == "offline" && $0.redirectURI == "https://login.xsolla.com/api/blank" } ?? true)
        #expect(login.server.isConfigured(environment: environment) == (client != nil), "a client id alone is a configured project, not the demo")
    }

    @Test("a client id in the environment that is not a number, or --scope without a client, is refused", arguments: [
        ([], ["XSOLLA_LOGIN_CLIENT_ID": "fifty"], "must be an integer"), (["--scope", "offline"], [:], "need --client-id"),
    ] as [([String], [String: String], String)])
    func oauthRefusals(arguments: [String], environment: [String: String], says: String) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(arguments) as? LoginCommand)
        #expect { try login.server.clientConfiguration(environment: environment) } throws: { error in
            PhoneLoginCommand.message(for: error).contains(says)
        }
    }

    @Test("--no-store and PHONE_LOGIN_NO_STORE=1 turn storing off", arguments: [
        (["--no-store"], [:], true), ([], ["PHONE_LOGIN_NO_STORE": "1"], true), ([], [:], false), ([], ["PHONE_LOGIN_NO_STORE": "0"], false),
    ] as [([String], [String: String], Bool)])
    func noStore(arguments: [String], environment: [String: String], off: Bool) throws {
        let login = try #require(try PhoneLoginCommand.parseAsRoot(arguments) as? LoginCommand)
        #expect(login.sessions.isOff(environment: environment) == off)
    }
}
