import Foundation
import PhoneAuthModel
import PhoneLoginFlow
import PhoneLoginUI

/// Writes the conversation: whole lines, and prompts left open for the answer. A line said while a prompt is open
/// starts on a line of its own; the loop asks again afterwards.
struct PromptSpeaker {
    let descriptor: Int32
    /// Write ASCII stand-ins for what is not ASCII (the locale is not UTF-8), the screens' own (`GlyphFallback`).
    let ascii: Bool
    /// Whether the terminal ends a prompt's line itself when the answer is typed (its echo, or ECHONL with echo off).
    let terminalEndsLine: Bool
    /// Whether a prompt is waiting for its answer on the current line.
    private(set) var promptOpen = false

    /// Says one line.
    mutating func say(_ line: String) {
        endPrompt()
        emit(line + "\n")
    }

    /// Asks: the prompt, and the cursor after it.
    mutating func ask(_ prompt: String) {
        endPrompt()
        emit(prompt)
        promptOpen = true
    }

    /// An answer was read: its line is over (ended by the terminal's echo, or here when nothing echoes).
    mutating func answered() {
        if promptOpen, !terminalEndsLine { emit("\n") }
        promptOpen = false
    }

    /// Ends an open prompt's line.
    mutating func endPrompt() {
        if promptOpen { emit("\n") }
        promptOpen = false
    }

    private func emit(_ text: String) {
        DescriptorWriter.writeAll((ascii ? GlyphFallback.ascii(text) : text).utf8, to: descriptor)
    }
}
