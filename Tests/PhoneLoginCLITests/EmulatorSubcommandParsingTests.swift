import ArgumentParser
import Testing
@testable import PhoneLoginCLI

/// `phone-login emulator exec`, `code` and `sms` parsed in process, beside the emulator's own options.
@Suite("The emulator's subcommands")
struct EmulatorSubcommandParsingTests {
    @Test("exec takes the emulator's options, --log and the command after --; a free port unless --port", arguments: [
        (["--", "sh", "-c", "exit 3"], 0, 4, nil, ["sh", "-c", "exit 3"]),
        (["--port", "9123", "--code-length", "6", "--log", "sms.log", "--", "./run", "--port", "1"], 9123, 6, "sms.log",
         ["./run", "--port", "1"]),
    ] as [([String], Int, Int, String?, [String])])
    func exec(_ arguments: [String], _ port: Int, _ digits: Int, _ log: String?, _ command: [String]) throws {
        let exec = try #require(try PhoneLoginCommand.parseAsRoot(["emulator", "exec"] + arguments) as? EmulatorExecCommand)
        let configuration = try exec.emulator.configuration(secret: String(repeating: "s", count: 32), defaultPort: 0)
        #expect(configuration.port == port)
        #expect(configuration.codeLength == digits)
        #expect(exec.log == log)
        #expect(exec.command == command)
    }

    @Test("the server keeps its options and port 8480 beside the subcommands")
    func server() throws {
        let server = try #require(try PhoneLoginCommand.parseAsRoot(["emulator", "--code-length", "6"]) as? EmulatorCommand)
        let configuration = try server.configuration(secret: String(repeating: "s", count: 32))
        #expect(configuration.port == 8480 && configuration.codeLength == 6)
    }

    @Test("code and sms read their options", arguments: [
        (["code", "--phone", "+1 555 555 0100", "--wait", "2.5", "--url", "http://127.0.0.1:9/emulator"], 2.5),
        (["code", "--phone", "00 1 555 555 0100"], 0),
    ] as [([String], Double)])
    func code(_ arguments: [String], _ wait: Double) throws {
        let code = try #require(try PhoneLoginCommand.parseAsRoot(["emulator"] + arguments) as? EmulatorCodeCommand)
        #expect(code.wait == wait)
        #expect(try code.countries.phone(code.phone).e164 == "+15555550100")
        let sms = try #require(try PhoneLoginCommand.parseAsRoot(["emulator", "sms", "--json", "--phone", "+15555550100"]) as? EmulatorSMSCommand)
        #expect(sms.json && sms.phone == "+15555550100")
    }

    @Test("bad command lines are refused with a reason", arguments: [
        (["exec"], "needs a command after --"),
        (["exec", "--port", "70000", "--", "true"], "--port must be 0–65535"),
        (["code"], "--phone"),
        (["code", "--phone", "+15555550100", "--wait=-1"], "--wait must be 0–86400"),
        (["sms", "--nope"], "Unknown option"),
    ])
    func refusals(_ arguments: [String], _ says: String) {
        do {
            _ = try PhoneLoginCommand.parseAsRoot(["emulator"] + arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(PhoneLoginCommand.message(for: error).contains(says), "\(PhoneLoginCommand.message(for: error))")
        }
    }

    @Test("the outbox's URL: --url, else $PHONE_LOGIN_EMULATOR_URL, else the default server; plain http only to loopback", arguments: [
        (nil, [:], "http://127.0.0.1:8480/emulator"),
        (nil, ["PHONE_LOGIN_EMULATOR_URL": "http://127.0.0.1:4000/emulator/"], "http://127.0.0.1:4000/emulator"),
        ("http://localhost:5/emulator", ["PHONE_LOGIN_EMULATOR_URL": "http://127.0.0.1:4000/emulator"], "http://localhost:5/emulator"),
        ("https://emulator.example/emulator", [:], "https://emulator.example/emulator"),
    ] as [(String?, [String: String], String)])
    func url(_ option: String?, _ environment: [String: String], _ root: String) throws {
        #expect(try OutboxClient(url: option, insecure: false, environment: environment).root == root)
    }

    @Test("plain http to another machine, or not a URL, is a usage error", arguments: ["http://emulator.example/emulator", "ftp://x/y", "nonsense"])
    func refusedURL(_ url: String) {
        #expect(throws: CommandFailure.self) { try OutboxClient(url: url, insecure: false, environment: [:]) }
        #expect((try? OutboxClient(url: "http://emulator.example/emulator", insecure: true, environment: [:])) != nil)
    }

    @Test("the command's environment: the emulator's URLs and project; the secret for HS256 only")
    func environment() {
        let base = ["PATH": "/bin", "XSOLLA_LOGIN_JWT_SECRET": "inherited"]
        let hs256 = EmulatorExecCommand.environment(root: "http://127.0.0.1:4000", project: "p", secret: "s", base: base)
        #expect(hs256["XSOLLA_LOGIN_BASE_URL"] == "http://127.0.0.1:4000/api")
        #expect(hs256["PHONE_LOGIN_EMULATOR_URL"] == "http://127.0.0.1:4000/emulator")
        #expect(hs256["XSOLLA_LOGIN_PROJECT_ID"] == "p" && hs256["XSOLLA_LOGIN_JWT_SECRET"] == "s" && hs256["PATH"] == "/bin")
        let rs256 = EmulatorExecCommand.environment(root: "http://127.0.0.1:4000", project: "p", secret: nil, base: base)
        #expect(rs256["XSOLLA_LOGIN_JWT_SECRET"] == nil)
    }
}
