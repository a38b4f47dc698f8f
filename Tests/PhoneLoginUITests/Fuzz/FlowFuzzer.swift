import Foundation
import PhoneAuth
import PhoneLoginFlow
import PhoneLoginTestSupport
import PhoneLoginUI

/// Drives the whole input path with random input from a seed: raw bytes through `KeyDecoder` into a `LoginFlow`,
/// with server answers, link arrivals, quiet moments and time passing in between, and frames rendered at random
/// sizes. After every step it checks the invariants; the first broken one throws a `FuzzFailure`.
struct FlowFuzzer {
    private(set) var random: SeededGenerator
    private(set) var flow: LoginFlow
    private(set) var statistics = FuzzStatistics()
    private var decoder = KeyDecoder()
    private var now = ContinuousClock.now
    private var wake: ContinuousClock.Instant?
    /// Requests the flow asked for that have not been answered or cancelled, and what they are.
    private var open: [Int: LoginFlow.Pending.Kind] = [:]
    /// Requests already answered or cancelled: answering them again is a stale answer.
    private var closed: [Int] = []
    private var pollOperation: String?
    private var lastRequestID = 0
    private var operations = 0
    private let invalidAsLatin1: Bool
    /// The last steps, described only if something breaks (describing every step would cost more than the run).
    private var recent: [() -> String] = []

    /// A fuzzer starting from `seed`.
    init(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        invalidAsLatin1 = random.chance(0.5)
        flow = LoginFlow(settings: Self.settings(using: &random))
        self.random = random
    }

    /// Takes `count` random steps, checking every invariant after each. Seconds of CPU: the test runs it on a thread
    /// of its own, not on the cooperative pool, whose two threads (on two cores) the tests waiting on the network share.
    mutating func run(steps count: Int) throws(FuzzFailure) {
        for _ in 0..<count { try step() }
    }

    // MARK: Steps

    private mutating func step() throws(FuzzFailure) {
        statistics.steps += 1
        switch random.weighted([55, 5, 8, 16, 4, 12]) {
        case 0:
            let chunk = KeyChaos.chunk(using: &random)
            statistics.chunks[chunk.kind, default: 0] += 1
            statistics.bytes += chunk.bytes.count
            note("keys \(chunk.kind): \(Self.preview(chunk.bytes))")
            let inputs = TerminalBytes.inputs(chunk.bytes, invalidAsLatin1: invalidAsLatin1)
            for input in inputs { try feed(input) }
        case 1:
            let key = random.pick([NamedKey.left, .right, .up, .down, .home, .end, .backspace, .delete, .enter, .resize, .other])
            note("named key \(key)")
            try feed(.named(key))
        case 2:
            try quietMoment()
        case 3:
            try answer()
        case 4:
            try linkArrives()
        default:
            let delay: Duration = random.pick([.zero, .milliseconds(1), .milliseconds(30), .milliseconds(500), .seconds(1), .seconds(7), .seconds(31), .seconds(200)])
            now = now + delay
            note("time +\(delay)")
            if let wake, now >= wake {
                self.wake = nil
                try handle(.tick)
            } else if random.chance(0.2) {
                try handle(.tick)
            }
        }
        if random.chance(0.15) { try render() }
        if flow.exit != nil { startOver() }
    }

    private mutating func feed(_ input: RawInput) throws(FuzzFailure) {
        let outputs = decoder.feed(input)
        try expect(input != .named(.resize) || outputs.contains(.resize), "a resize was lost")
        for output in outputs { try deliver(output) }
    }

    private mutating func deliver(_ output: DecodedInput) throws(FuzzFailure) {
        switch output {
        case .resize:
            try render()
        case .key(let key):
            if case .paste(let text) = key {
                try expect(text.unicodeScalars.count <= KeyDecoder.maximumPaste, "a paste of \(text.unicodeScalars.count) scalars was kept")
            }
            statistics.keys += 1
            try handle(.key(key))
        }
    }

    /// Nothing arrives for a while: what is pending ends, and the next key is read exactly.
    private mutating func quietMoment() throws(FuzzFailure) {
        note("quiet moment")
        for output in decoder.flush() { try deliver(output) }
        try expect(!decoder.isWaitingAfterEscape && !decoder.isInPaste, "after a quiet moment the decoder still waits for more")
        guard random.chance(0.6) else { return }
        let (text, expected) = random.pick(Self.probes)
        var outputs: [DecodedInput] = []
        for input in TerminalBytes.inputs(Array(text.utf8), invalidAsLatin1: invalidAsLatin1) { outputs += decoder.feed(input) }
        try expect(outputs == [.key(expected)], "after a quiet moment \(Self.preview(Array(text.utf8))) decoded as \(outputs), not \(expected)")
        statistics.keys += 1
        try handle(.key(expected))
    }

    /// The server answers a request the flow sent (mostly), a stale one, or one of the other kind.
    private mutating func answer() throws(FuzzFailure) {
        let waiting = open.keys.sorted()
        let id = !waiting.isEmpty && random.chance(0.85) ? random.pick(waiting) : random.pick(closed + [0, lastRequestID + 7])
        var asConfirm = open[id].map { $0 == .confirm } ?? random.chance(0.5)
        if random.chance(0.05) { asConfirm.toggle() }
        let event: FlowEvent
        if asConfirm {
            event = .confirmFinished(requestID: id, random.chance(0.5) ? .success(login()) : .failure(random.pick(Self.errors)))
        } else {
            operations += 1
            let operationID = random.pick(["op-\(operations)", "", String(repeating: "x", count: 300), "op\u{1B}[2J"])
            event = .startFinished(requestID: id, random.chance(0.6) ? .success(operationID) : .failure(random.pick(Self.errors)))
        }
        let matches = open[id].map { ($0 == .confirm) == asConfirm } ?? false
        if matches {
            open[id] = nil
            closed.append(id)
        }
        statistics.answers += 1
        try handle(event)
        try expect(!matches || flow.pending?.id != id, "request \(id) was answered but is still pending")
    }

    /// The `/otc/code` poll returns: a code (even a strange one) or an error, for the current operation or an old one.
    private mutating func linkArrives() throws(FuzzFailure) {
        let operationID = random.chance(0.8) ? (pollOperation ?? flow.operation?.id ?? "op-none") : "op-old"
        let outcome: Result<String, AuthError> = random.chance(0.6)
            ? .success(random.pick(["1234", "123456789012", "12ab", "", String(repeating: "9", count: 100)]))
            : .failure(random.pick(Self.errors))
        statistics.answers += 1
        try handle(.linkCodeArrived(operationID: operationID, outcome))
    }

    /// Hands one event to the flow at `now` and checks what came out.
    private mutating func handle(_ event: FlowEvent) throws(FuzzFailure) {
        let before = flow
        let effects = flow.handle(event, at: now)
        let screen = flow.screen
        note("  \(Self.describe(event)) → screen \(screen), effects \(effects.map(Self.describe))")
        if before.exit != nil {
            try expect(effects.isEmpty && flow.screen == .finished, "a finished flow still reacted")
        }
        try check(effects, after: event, before: before)
        try checkState()
    }

    private mutating func startOver() {
        statistics.flowsEnded += 1
        flow = LoginFlow(settings: Self.settings(using: &random))
        open = [:]
        closed = []
        pollOperation = nil
        wake = nil
        lastRequestID = 0
        note("— a new flow —")
    }

    // MARK: Invariants

    private mutating func check(_ effects: [FlowEffect], after event: FlowEvent, before: LoginFlow) throws(FuzzFailure) {
        for (index, effect) in effects.enumerated() {
            let last = index == effects.count - 1
            switch effect {
            case .wake(let at):
                try expect(last, "a wake-up is not the last effect")
                try expect(at >= now, "a wake-up in the past (\(now - at) ago)")
                wake = at
            case .startAuth(let id, let phone):
                try expect(id > lastRequestID, "request id \(id) after \(lastRequestID)")
                lastRequestID = id
                try expect(flow.pending?.id == id && flow.pending?.kind != .confirm, "a start was sent without being pending")
                try expect(PhoneNumber(validating: phone.e164) == phone, "a start for an invalid number \(phone.e164)")
                if before.screen == .phone {
                    try expect(phone == (try? before.numberRules.read(before.phoneField.text)), "the number sent is not the field's")
                } else {
                    try expect(phone == before.operation?.phone, "a resend for another number")
                }
                open[id] = flow.pending?.kind
            case .completeAuth(let id, let phone, let operationID, let code):
                try expect(id > lastRequestID, "request id \(id) after \(lastRequestID)")
                lastRequestID = id
                try expect(flow.pending?.id == id && flow.pending?.kind == .confirm, "a confirm was sent without being pending")
                try expect(flow.screen == .code && operationID == flow.operation?.id && phone == flow.operation?.phone,
                           "a confirm for another operation than the one on screen")
                if case .key = event {
                    try expect(code == before.codeField.text && code.allSatisfy(\.isASCIIDigit) && code.count >= flow.settings.minimumCodeLength,
                               "Enter sent the code “\(code)”")
                }
                open[id] = .confirm
            case .cancelRequest(let id):
                try expect(open[id] != nil, "cancelled request \(id), which was not in flight")
                open[id] = nil
                closed.append(id)
            case .pollLink(_, let operationID, let deadline):
                try expect(flow.settings.linkFlow && deadline > now && operationID == flow.operation?.id, "a link poll out of place")
                pollOperation = operationID
            case .stopLinkPoll:
                try expect(flow.settings.linkFlow, "a link poll stopped without the link flow")
                pollOperation = nil
            case .tapLink(let operationID):
                try expect(flow.settings.demo && flow.settings.linkFlow && operationID == flow.operation?.id, "a link tap out of place")
            case .loggedIn(let result):
                try expect(flow.screen == .success && flow.result == result, "logged in without the success screen")
                statistics.logins += 1
            case .finish(let how):
                try expect(last && flow.exit == how, "finished with effects after it, or another ending")
            }
        }
    }

    private func checkState() throws(FuzzFailure) {
        let fields = [("phone", flow.phoneField, Self.phoneCharacters), ("code", flow.codeField, Self.codeCharacters)]
        for (name, field, allowed) in fields {
            try expect(field.text.count <= field.capacity, "the \(name) field holds \(field.text.count) > \(field.capacity) characters")
            try expect((0...field.text.count).contains(field.cursor), "the \(name) cursor \(field.cursor) is outside 0…\(field.text.count)")
            try expect(field.text.allSatisfy { allowed.contains($0) }, "the \(name) field holds “\(field.text)”")
        }
        let rule = (try? flow.numberRules.read(flow.phoneField.text)) != nil
        try expect(flow.phoneIsValid == rule && (flow.phoneRejection == nil) == rule,
                   "“\(flow.phoneField.text)”: valid \(flow.phoneIsValid), but the phone rule says \(rule)")
        switch flow.screen {
        case .phone:
            try expect(flow.operation == nil && flow.result == nil, "the phone screen with an operation or a result")
            try expect(flow.pending.map { $0.kind == .start } ?? true, "the phone screen waiting for a \(String(describing: flow.pending?.kind))")
        case .code:
            let operation = try unwrap(flow.operation, "the code screen without an operation")
            try expect(flow.pending.map { $0.kind != .start && $0.phone == operation.phone } ?? true, "the code screen waiting for a start")
            try expect(flow.result == nil, "a result on the code screen")
        case .success:
            try expect(flow.result != nil && flow.pending == nil, "the success screen without a result, or with a request in flight")
        case .finished:
            try expect(flow.pending == nil, "a request in flight on the finished screen")
        }
        try expect((flow.exit != nil) == (flow.screen == .finished), "exit \(String(describing: flow.exit)) on screen \(flow.screen)")
        if case .success(let result)? = flow.exit { try expect(flow.result == result, "a success exit without its result") }
        if let next = flow.nextWake(after: now) { try expect(next >= now, "the next wake-up is in the past") }
        if let pending = flow.pending {
            try expect(pending.since <= now && open[pending.id] != nil, "pending request \(pending.id) was never sent")
        }
        if let retryAt = flow.retryAt { try expect(retryAt <= now + .seconds(86_400), "a rate-limit wait beyond a day") }
    }

    /// Renders the flow at a random size with a random context (some of it hostile) and checks every cell.
    private mutating func render() throws(FuzzFailure) {
        let (width, height) = random.pick([(80, 24), (48, 16), (47, 15), (120, 40), (100, 30), (20, 5), (1, 1), (0, 0), (250, 70)])
        let demo = random.chance(0.5)
        var messages: [ViewContext.SMSLine] = []
        for index in 0..<random.pick([0, 1, 3, 30]) {
            messages.append(ViewContext.SMSLine(time: "12:00:0\(index % 10)", to: "+•••••••••78",
                                                text: random.pick(["Your Xsolla Login code is 4821."] + Self.hostile)))
        }
        let context = ViewContext(serverLabel: random.pick(["Xsolla Login", "local emulator"] + Self.hostile), demo: demo, messages: messages,
                                  projectID: random.pick([nil, "6b1f2c3a-0000-4000-8000-000000000001"] + Self.hostile.map(Optional.some)),
                                  wallClock: Date(timeIntervalSince1970: 1_795_300_000))
        var grid = CellGrid(width: width, height: height)
        LoginView.draw(flow, at: now, context: context, on: &grid)
        statistics.frames += 1
        // Printable ASCII is one cell by definition; every other character is asked of the C library once. A wide
        // character (two cells by the C library) must be followed by its continuation cell, and a continuation must
        // follow one.
        var others: [Character: Int] = [:]
        for (index, cell) in grid.cells.enumerated() {
            if let ascii = cell.character.asciiValue, ascii >= 0x20, ascii < 0x7F { continue }
            let column = index % max(1, width)
            if cell.isContinuation {
                try expect(column > 0 && Character(grid.cells[index - 1].scalar).isWide,
                           "at \(width)×\(height) cell (\(index / max(1, width)), \(column)) is half a wide character without its first half")
                continue
            }
            if cell.character.isWide {
                let wide = TerminalWidth.inUTF8Locale { TerminalWidth.isTwoCells(cell.character) }
                try expect(wide && column + 1 < width && grid.cells[index + 1].isContinuation,
                           "at \(width)×\(height) cell (\(index / max(1, width)), \(column)) holds a wide character without its second cell")
                continue
            }
            others[cell.character] = index
        }
        for (character, index) in others {
            let fits = character.unicodeScalars.count == 1 && TerminalWidth.inUTF8Locale { TerminalWidth.isOneCell(character) }
            try expect(fits, "at \(width)×\(height) cell (\(index / max(1, width)), \(index % max(1, width))) holds "
                       + "\(character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }), not one cell wide:\n"
                       + grid.lines.joined(separator: "\n"))
        }
        if let cursor = grid.cursor {
            try expect(cursor.row >= 0 && cursor.row < height && cursor.column >= 0 && cursor.column < width, "the cursor is off the screen")
        }
    }

    private func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        guard condition else { throw FuzzFailure(message: message(), recentSteps: recent.map { $0() }) }
    }

    private func unwrap<T>(_ value: T?, _ message: @autoclosure () -> String) throws(FuzzFailure) -> T {
        guard let value else { throw FuzzFailure(message: message(), recentSteps: recent.map { $0() }) }
        return value
    }

    private mutating func note(_ line: @autoclosure @escaping () -> String) {
        recent.append(line)
        if recent.count > 40 { recent.removeFirst(recent.count - 40) }
    }

    // MARK: Material

    static let phoneCharacters = Set("0123456789+ -./()")
    static let codeCharacters = Set("0123456789")

    /// Keys whose bytes must decode exactly once the decoder is idle.
    static let probes: [(String, KeyInput)] = [
        ("\u{15}", .clearLine), ("\u{1B}[D", .left), ("\u{1B}OH", .home), ("\u{1B}[3~", .delete), ("7", .character("7")),
        ("\u{7F}", .backspace), ("\r", .enter), ("\u{1B}[200~+1 415 555 0100\u{1B}[201~", .paste("+1 415 555 0100")),
    ]

    /// Text a hostile or broken server might send back: escape sequences, wide and combining characters, bidi overrides.
    static let hostile = ["\u{1B}]0;owned\u{07}\u{1B}[2J", "中文字符中文字符", "e\u{301}\u{301}\u{301}", "\u{202E}evil", "zero\u{200B}width",
                          "\ttab\u{0}", "😀👍🇩🇪", String(repeating: "W", count: 500), "line\nbreak\u{2028}"]

    static let errors: [AuthError] = [
        .server(ServerError(status: 401, code: "003-001", description: "Wrong code", details: ["attempts_left": .number(2)])),
        .server(ServerError(status: 401, details: ["attempts_left": .number(0)])),
        .server(ServerError(status: 404, code: "003-061")), .server(ServerError(status: 404, code: "003-019")),
        .server(ServerError(status: 429, code: "002-057", retryAfterSeconds: 60)), .server(ServerError(status: 429, retryAfterSeconds: 0)),
        .server(ServerError(status: 429, retryAfterSeconds: 86_400)), .server(ServerError(status: 429)),
        .server(ServerError(status: 422, code: "002-040")), .server(ServerError(status: 408)),
        .server(ServerError(status: 422, code: "\u{1B}[31m", description: hostile[0])),
        .server(ServerError(status: 500, description: String(repeating: "中", count: 300))),
        .server(ServerError(status: 400, description: hostile[3] + hostile[2])),
        .transport(.connectionRefused), .transport(.hostNotFound), .transport(.connectTimeout), .transport(.requestTimeout),
        .transport(.tls("the server's certificate is not trusted")), .transport(.connectionLost), .transport(.other(hostile[0])),
        .malformedResponse(status: 200, reason: "expected JSON with operation_id, got an empty body"), .responseTooLarge(limit: 65_536),
        .missingToken, .invalidToken(reason: "it is not a JWT"), .linkWaitExpired, .cancelled,
        .invalidPhone(.tooFewDigits(3)), .configuration(.missingProjectID),
    ]

    private mutating func login() -> LoginResult {
        let subject = random.pick(["7c2a1f0e-5d7b-4e8a-9a41-3f1c2b6d8e90"] + Self.hostile)
        let token = "eyJhbGciOiJIUzI1NiJ9." + String(repeating: "p", count: random.pick([0, 10, 400])) + ".sig"
        return LoginResult(loginURL: "https://x.example/?token=\(token)", token: token, rememberMe: false,
                           claims: UserClaims(subject: subject, expiresAt: Date(timeIntervalSince1970: 1_795_300_000 + random.pick([-60.0, 60, 86_400])),
                                              projectID: random.pick([nil, "6b1f2c3a-0000-4000-8000-000000000001", Self.hostile[1]])),
                           signatureVerified: random.chance(0.5))
    }

    private static func settings(using random: inout SeededGenerator) -> FlowSettings {
        FlowSettings(codeLifetime: .seconds(random.pick([1, 5, 30, 180])), resendCooldown: .seconds(random.pick([0, 1, 30, 300])),
                     minimumCodeLength: random.pick([1, 4, 6, 12]), linkFlow: random.chance(0.4), demo: random.chance(0.5),
                     spinnerInterval: .milliseconds(random.pick([1, 120, 1_000])), language: random.pick(Language.allCases))
    }

    static func preview(_ bytes: [UInt8]) -> String {
        let shown = bytes.prefix(24).map { (0x21...0x7E).contains($0) ? String(UnicodeScalar($0)) : "\\x" + ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
        return bytes.count > 24 ? shown + "… (\(bytes.count) bytes)" : shown
    }

    static func describe(_ event: FlowEvent) -> String {
        switch event {
        case .key(.paste(let text)): "paste(\(text.count) characters)"
        case .key(let key): "key \(key)"
        default: String(describing: event).prefix(120).description
        }
    }

    static func describe(_ effect: FlowEffect) -> String { String(String(describing: effect).prefix(80)) }
}
