import Foundation

/// A step of an interactive run that did not work out.
public enum InteractiveProcessError: Error, CustomStringConvertible {
    /// stderr never showed the text; carries what it showed.
    case timedOut(waitingFor: String, stderr: String)

    /// The failure in words.
    public var description: String {
        switch self {
        case .timedOut(let text, let stderr): "timed out waiting for “\(text)” on stderr; it was:\n\(stderr)"
        }
    }
}
