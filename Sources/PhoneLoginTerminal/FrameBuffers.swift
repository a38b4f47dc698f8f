import PhoneLoginUI

/// The frame on the terminal and a spare grid to draw the next one in: a loop's whole drawing state.
struct FrameBuffers {
    /// What the terminal shows, as last presented (nil: unknown, the next frame is drawn in full).
    private var previous: CellGrid?
    private var spare: CellGrid?

    /// Draws a frame of the terminal's size with `draw` and shows it unless it equals the last one (then the
    /// terminal is not touched). Frames are drawn into the spare grid when it has the right size, so a countdown's
    /// tick allocates nothing; the frame replaced becomes the next spare.
    mutating func show(on session: TerminalSession, draw: (inout CellGrid) -> Void) {
        let (width, height) = session.size
        var frame: CellGrid
        if let reused = spare, reused.width == width, reused.height == height {
            spare = nil
            frame = reused
            frame.clear()
        } else {
            frame = CellGrid(width: width, height: height)
        }
        draw(&frame)
        guard frame != previous else {
            spare = frame
            return
        }
        var canvas = CursesCanvas(session: session)
        canvas.present(frame, over: previous)
        spare = previous
        previous = frame
    }

    /// Forgets what the terminal shows (after a resize), so the next frame is drawn in full.
    mutating func forget() {
        previous = nil
    }
}
