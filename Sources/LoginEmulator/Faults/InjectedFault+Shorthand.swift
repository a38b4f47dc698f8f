import Foundation

extension InjectedFault {
    /// Reads `--fault`: either the JSON object `POST /emulator/faults` takes, or the shorthand
    /// `PATH:KIND[:ARG][xN][@after]`, where ARG is `delay`'s and `drip`'s seconds, `status`'s code or `huge`'s bytes,
    /// `xN` the count and `@after` the stage. Throws a message saying what is wrong.
    public init(parsing text: String) throws(FaultSyntaxError) {
        let trimmed = text.trimmingSpacesAndTabs()
        if trimmed.hasPrefix("{") {
            do {
                self = try JSONDecoder().decode(InjectedFault.self, from: Data(trimmed.utf8))
            } catch {
                throw FaultSyntaxError("not a fault object: \(Self.sentence(error))")
            }
        } else {
            self = try Self.shorthand(trimmed)
        }
        if let problem { throw FaultSyntaxError(problem) }
    }

    /// The sentence Foundation's `localizedDescription` gave a decoding error (its Cocoa error's), without NSError.
    private static func sentence(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound, DecodingError.valueNotFound: "The operation could not be completed. The data is missing."
        default: "The operation could not be completed. The data isn’t in the correct format."
        }
    }

    private static func shorthand(_ text: String) throws(FaultSyntaxError) -> InjectedFault {
        var rest = Substring(text)
        var stage = FaultStage.before
        if let at = rest.lastIndex(of: "@") {
            guard let parsed = FaultStage(rawValue: String(rest[rest.index(after: at)...])) else {
                throw FaultSyntaxError("the stage after @ must be before or after")
            }
            stage = parsed
            rest = rest[..<at]
        }
        var count = 1
        if let x = rest.lastIndex(of: "x"), let parsed = Int(rest[rest.index(after: x)...]) {
            count = parsed
            rest = rest[..<x]
        }
        let parts = rest.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { throw FaultSyntaxError("expected PATH:KIND[:ARG][xN][@after], e.g. /api/login/phone/confirm:reset") }
        guard let kind = FaultKind(rawValue: parts[1]) else {
            throw FaultSyntaxError("unknown kind \(parts[1]); one of \(FaultKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var fault = InjectedFault(path: parts[0], kind: kind, count: count, stage: stage)
        guard parts.count == 3 else { return fault }
        let argument = parts[2]
        switch kind {
        case .delay, .drip:
            guard let seconds = Double(argument) else { throw FaultSyntaxError("\(kind.rawValue) takes seconds, got \(argument)") }
            fault.seconds = seconds
        case .status:
            guard let status = Int(argument) else { throw FaultSyntaxError("status takes an HTTP status, got \(argument)") }
            fault.status = status
        case .huge:
            guard let bytes = Int(argument) else { throw FaultSyntaxError("huge takes a size in bytes, got \(argument)") }
            fault.bytes = bytes
        case .malformed, .truncate, .reset:
            throw FaultSyntaxError("\(kind.rawValue) takes no argument")
        }
        return fault
    }
}
