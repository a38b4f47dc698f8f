import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("The plain mode's words")
struct PlainWordingTests {
    @Test("the countdown announcements", arguments: [
        (60, "1 minute left to enter the code."), (30, "30 seconds left to enter the code."), (10, "10 seconds left to enter the code."),
        (1, "1 second left to enter the code."),
    ])
    func timeLeft(_ example: (Int, String)) {
        #expect(PlainWording.timeLeft(seconds: example.0) == example.1)
    }

    @Test("the prompts: the number shortened to its last two digits, never the code")
    func prompts() throws {
        let phone = try #require(PhoneNumber(validating: "+4915112345678"))
        #expect(PlainWording.phonePrompt() == "Phone number: ")
        #expect(PlainWording.codePrompt(for: phone, expired: false) == "Code sent to …78. Code: ")
        #expect(PlainWording.codePrompt(for: phone, expired: true) == "The code has expired. Type r for a new code: ")
    }

    /// A notice on the code screen 10 s after the code was sent, and the lines it is said in.
    struct NoticeCase: Sendable, CustomTestStringConvertible {
        let notice: FlowNotice
        let settings: FlowSettings
        let lines: [String]
        var testDescription: String { "\(notice)" }

        init(_ notice: FlowNotice, _ lines: [String], settings: FlowSettings = FlowSettings()) {
            (self.notice, self.lines, self.settings) = (notice, lines, settings)
        }
    }

    static let notices: [NoticeCase] = [
        NoticeCase(.codeSent(resent: false), [
            "The code is valid for 3 minutes.",
            "Type it and press Enter. Type r for a new code (after 30 seconds), or n to change the number.",
        ]),
        NoticeCase(.codeSent(resent: false), [
            "The code is valid for 45 seconds.",
            "Type it and press Enter. Type r for a new code, or n to change the number. Type l to follow the SMS link.",
        ], settings: FlowSettings(codeLifetime: .seconds(45), resendCooldown: .zero, linkFlow: true, demo: true)),
        NoticeCase(.codeSent(resent: true), ["A new code is on its way. The code is valid for 3 minutes."]),
        NoticeCase(.codeExpired, ["The code has expired. Type r and press Enter for a new code."]),
        NoticeCase(.resendNotYet, ["A new code can be asked for in 20 seconds."]),
        NoticeCase(.invalidPhone(.tooFewDigits(4)), ["Not a phone number: needs + and 5–25 digits; got 4."]),
        NoticeCase(.invalidPhone(.invalidCharacter("a", position: 3)),
                   ["Not a phone number: needs + and 5–25 digits; “a” at position 4 is not allowed."]),
        NoticeCase(.keyIgnored("x"), ["“x” is not a digit: the code is digits only."]),
        NoticeCase(.codeTooShort(minimum: 4), ["The code has at least 4 digits."]),
        NoticeCase(.failed(.server(ServerError(status: 401, code: "003-001", details: ["attempts_left": .number(2)]))),
                   ["Wrong code. Check the SMS and try again (2 tries left). (Xsolla 003-001, HTTP 401)"]),
        NoticeCase(.failed(.server(ServerError(status: 429, code: "002-057", retryAfterSeconds: 60))),
                   ["Too many attempts. Try again in 60 s. (Xsolla 002-057, HTTP 429)"]),
        NoticeCase(.failed(.transport(.connectionRefused)),
                   ["Cannot reach the server: connection refused. Is it running, and is the base URL right? Press Enter to try again."]),
    ]

    @Test("notices as whole sentences, with no full-screen keys in them", arguments: notices)
    func noticeLines(_ example: NoticeCase) {
        var flow = LoginFlow(settings: example.settings)
        let start = ContinuousClock.now
        for character in "+4915112345678" { _ = flow.handle(.key(.character(character)), at: start) }
        _ = flow.handle(.key(.enter), at: start)
        _ = flow.handle(.startFinished(requestID: 1, .success("op-1")), at: start)
        let lines = PlainWording.lines(for: example.notice, in: flow, at: start + .seconds(10))
        #expect(lines == example.lines)
        for line in lines {
            #expect(line.last.map { ".!?)".contains($0) } == true, "a whole sentence: \(line)")
            #expect(!line.contains("Press R") && !line.contains("Esc"), "no full-screen keys: \(line)")
        }
    }

    @Test("demo SMS as one line, the number shortened")
    func sms() {
        #expect(PlainWording.sms(to: "+4915112345678", text: "Your Xsolla Login code is 4821.\nDo not share it.")
                == "SMS to …78: Your Xsolla Login code is 4821. Do not share it.")
    }

    @Test("the success line: who, and until when the token is valid")
    func signedIn() {
        let expiry = Date(timeIntervalSince1970: 1_800_000_000)
        let result = LoginResult(loginURL: "https://x.example/cb?token=t", token: "t", rememberMe: false,
                                 claims: UserClaims(subject: "7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90", expiresAt: expiry), signatureVerified: false)
        #expect(PlainWording.signedIn(result, now: expiry - 86_400)
                == "Signed in (JWT). User 7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90; the token is valid until 2027-01-15 08:00:00 UTC (in 24 hours).")
        #expect(!PlainWording.signedIn(result, now: expiry - 86_400).contains("t;"), "the token itself is not said")
        var oauth = result
        oauth.mode = .oauth2
        oauth.refreshToken = "r"
        #expect(PlainWording.signedIn(oauth, now: expiry - 3_600)
                == "Signed in (OAuth 2.0, refreshable). User 7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90; the token is valid until 2027-01-15 08:00:00 UTC (in 1 hour).")
    }
}
