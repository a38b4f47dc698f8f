import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LoginEmulator
import PhoneAuth
import PhoneLoginTestSupport
import Testing

extension CursesInProcess {
    /// What the full screen writes to the terminal, counted on the pty's master: a frame only where it differs from
    /// the last, and nothing between a countdown's seconds.
    @Suite("The full screen's output: only what changed")
    struct FrameOutputTests {
        @Test("one typed digit writes a small part of what the first frame wrote")
        func keystroke() async throws {
            try await EmulatorHarness.run { _, client in
                try await ProgramOnTerminal.run(service: client) { program in
                    let terminal = program.terminal
                    let first = try #require(await terminal.waitForScreen { $0.text.contains("Phone number") && $0.cursorInField(after: "") },
                                             "no form: \(terminal.screen.text)")
                    terminal.type("5")
                    let typed = try #require(await terminal.waitForScreen { $0.cursorInField(after: "5") }, "no 5: \(terminal.screen.text)")
                    let keyBytes = typed.bytes - first.bytes
                    let changed = typed.screen.changedCells(from: first.screen)
                    print("first frame \(first.bytes) bytes (\(first.screen.width)×\(first.screen.height)); one digit \(keyBytes) bytes, \(changed.count) cells changed")
                    #expect(keyBytes > 0)
                    #expect(keyBytes * 8 < first.bytes, "one digit \(keyBytes) bytes, the first frame \(first.bytes)")
                    // What the digit changed (the field, the hint under it) is a handful of rows, not the screen.
                    #expect(Set(changed.map(\.row)).count <= 3, "rows changed: \(Set(changed.map(\.row)).sorted())")
                    program.terminal.type("\u{1B}")
                    let ended = try await program.outcome().get()
                    #expect(ended == .finished(.cancelled))
                }
            }
        }

        @Test("while the code waits, each second writes only the countdowns' cells, a few dozen bytes, and nothing between seconds")
        func idleCountdown() async throws {
            try await EmulatorHarness.run { emulator, client in
                try await ProgramOnTerminal.run(service: client) { program in
                    let terminal = program.terminal
                    try #require(await terminal.waitFor("Phone number") != nil, "no form: \(terminal.screen.text)")
                    terminal.type(FullScreenLoginTests.phone + "\r")
                    let codeScreen = try #require(await terminal.waitForScreen { $0.text.contains("expires in") && $0.cursorInField(after: "") },
                                                  "no code screen: \(terminal.screen.text)")
                    let start = try #require(codeScreen.screen.countdown(after: "expires in"))
                    let ticks = 3
                    let later = try #require(await terminal.waitForScreen(within: .seconds(60)) {
                        ($0.countdown(after: "expires in") ?? .max) <= start - ticks && $0.cursorInField(after: "")
                    }, "the countdown did not run: \(terminal.screen.text)")
                    // The reads between the two screens, as (start, end) byte offsets and times.
                    var reads: [(start: Int, end: Int, at: ContinuousClock.Instant)] = []
                    var position = 0
                    for chunk in terminal.chunks {
                        let (start, end) = (position, position + chunk.count)
                        position = end
                        if end > codeScreen.bytes, start < later.bytes { reads.append((max(start, codeScreen.bytes), min(end, later.bytes), chunk.at)) }
                    }
                    // Replay them read by read from the code screen: every cell any of them changed must be part of a
                    // countdown (m:ss).
                    let bytes = terminal.bytes
                    var screen = ScreenModel(width: codeScreen.screen.width, height: codeScreen.screen.height)
                    screen.feed(bytes[0..<codeScreen.bytes])
                    var strayCells: [String] = []
                    for read in reads {
                        let before = screen
                        screen.feed(bytes[read.start..<read.end])
                        for cell in screen.changedCells(from: before)
                        where !before.countdownColumns(row: cell.row).contains(cell.column) || !screen.countdownColumns(row: cell.row).contains(cell.column) {
                            strayCells.append("row \(cell.row) column \(cell.column): \(before.rows[cell.row]) → \(screen.rows[cell.row])")
                        }
                    }
                    #expect(strayCells.isEmpty, "cells outside the countdowns changed: \(strayCells)")
                    #expect(screen.rows == later.screen.rows, "the replay reads the screen as it was read live")
                    let written = later.bytes - codeScreen.bytes
                    let seconds = start - (later.screen.countdown(after: "expires in") ?? start)
                    print("code screen \(codeScreen.bytes) bytes so far; \(seconds) countdown seconds wrote \(written) bytes in \(reads.count) reads")
                    #expect(written <= seconds * 64, "\(written) bytes for \(seconds) seconds")
                    // Reads come in bursts, one per written frame: no more bursts than seconds shown (a write between
                    // two seconds would be a burst of its own).
                    var bursts = 0
                    var previous: ContinuousClock.Instant?
                    for read in reads {
                        if previous.map({ read.at - $0 >= .milliseconds(250) }) ?? true { bursts += 1 }
                        previous = read.at
                    }
                    #expect(bursts >= 1 && bursts <= seconds, "\(bursts) writes for \(seconds) seconds")
                    #expect(await emulator.stats().outbox == 1)
                    terminal.type("\u{1B}")
                    try #require(await terminal.waitFor("Phone number") != nil, "Esc did not go back: \(terminal.screen.text)")
                    terminal.type("\u{1B}")
                    let ended = try await program.outcome().get()
                    #expect(ended == .finished(.cancelled))
                }
            }
        }
    }
}
