import Foundation

/// A tmux step that did not work out.
public enum TmuxError: Error, CustomStringConvertible {
    /// tmux itself failed.
    case failed(String)
    /// The screen never showed the text; carries the last screen.
    case timedOut(waitingFor: String, screen: String)

    /// The failure in words.
    public var description: String {
        switch self {
        case .failed(let text): "tmux failed: \(text)"
        case .timedOut(let text, let screen): "timed out waiting for “\(text)”; the screen was:\n\(screen)"
        }
    }
}
