import PhoneAuth
import Testing

@Suite("Error messages: worded for people, naming Xsolla's code")
struct ErrorWordingTests {
    static let serverCases: [(ServerError, String)] = [
        (ServerError(status: 401, code: "003-001", description: "Wrong authorization code."),
         "Wrong code. Check the SMS and try again. (Xsolla 003-001, HTTP 401)"),
        (ServerError(status: 401, code: "003-001", description: "x", details: ["attempts_left": .number(2)]),
         "Wrong code. Check the SMS and try again (2 tries left). (Xsolla 003-001, HTTP 401)"),
        (ServerError(status: 401, code: "003-001", description: "x", details: ["attempts_left": .number(0)]),
         "Wrong code, and no tries are left. Request a new code. (Xsolla 003-001, HTTP 401)"),
        (ServerError(status: 404, code: "003-061", description: "Object not found."),
         "The code has expired or was replaced by a newer one. Request a new code. (Xsolla 003-061, HTTP 404)"),
        (ServerError(status: 404, code: "003-019", description: "Project not found."),
         "The Login project was not found. Check the project id. (Xsolla 003-019, HTTP 404)"),
        (ServerError(status: 429, code: "002-057", description: "Too many.", retryAfterSeconds: 30),
         "Too many attempts. Try again in 30 s. (Xsolla 002-057, HTTP 429)"),
        (ServerError(status: 429, retryAfterSeconds: 600), "Too many attempts. Try again in 10 min. (HTTP 429)"),
        (ServerError(status: 422, code: "002-043", description: "whatever the server says"),
         "This phone number cannot receive SMS. Use a different number. (Xsolla 002-043, HTTP 422)"),
        (ServerError(status: 422, code: "0", description: "body.phone_number in body should match '^\\+(\\d){5,25}$'"),
         "body.phone_number in body should match '^\\+(\\d){5,25}$'. (Xsolla 0, HTTP 422)"),
        (ServerError(status: 503), "The server refused the request. (HTTP 503)"),
    ]

    @Test("server errors", arguments: serverCases)
    func server(_ example: (ServerError, String)) {
        #expect(ErrorWording.message(for: AuthError.server(example.0)) == example.1)
    }

    @Test("every error has one line of words", arguments: [
        AuthError.invalidPhone(.tooFewDigits(4)), .configuration(.missingProjectID), .configuration(.insecureBaseURL(host: "h")),
        .transport(.connectionRefused), .transport(.hostNotFound), .transport(.connectTimeout), .transport(.requestTimeout),
        .transport(.tls("the server's certificate is not trusted")), .transport(.connectionLost), .transport(.other("x")),
        .malformedResponse(status: 200, reason: "an HTML page (10 bytes)"), .responseTooLarge(limit: 65_536), .missingToken,
        .invalidToken(reason: "it has expired"), .linkWaitExpired, .cancelled,
    ])
    func oneLine(_ error: AuthError) {
        let text = ErrorWording.message(for: error)
        #expect(!text.isEmpty)
        #expect(!text.contains("\n"))
        #expect(text.count < 200)
    }

    @Test("a long server description is cut to one short line")
    func longDescription() {
        let text = ErrorWording.message(for: AuthError.server(ServerError(status: 418, description: String(repeating: "x", count: 1_000) + "\nsecond line")))
        #expect(text.count < 200)
        #expect(!text.contains("second line"))
    }

    @Test("a server's words cannot drive the terminal: escape sequences and bidi overrides become U+FFFD", arguments: [
        (ServerError(status: 422, code: "0", description: "bad\u{1B}]0;owned\u{07}\u{1B}[2J"), "bad\u{FFFD}]0;owned\u{FFFD}\u{FFFD}[2J. (Xsolla 0, HTTP 422)"),
        (ServerError(status: 422, code: "\u{1B}[31m", description: "\u{202E}txt.exe"), "\u{FFFD}txt.exe. (Xsolla \u{FFFD}[31m, HTTP 422)"),
        (ServerError(status: 400, description: "zero\u{200B}width\ttab"), "zero\u{FFFD}width\u{FFFD}tab. (HTTP 400)"),
        (ServerError(status: 400, description: "Ошибка: 中文 é"), "Ошибка: 中文 é. (HTTP 400)"),
    ])
    func controlCharacters(_ example: (ServerError, String)) {
        #expect(ErrorWording.message(for: AuthError.server(example.0)) == example.1)
    }
}
