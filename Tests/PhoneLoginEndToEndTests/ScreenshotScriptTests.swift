import Foundation
import PhoneLoginTestSupport
import Testing

@Suite("The screenshot script, run as CI runs it")
struct ScreenshotScriptTests {
    /// A picture the script must write: its name and the terminal size it shows.
    struct Picture: Sendable {
        let name: String
        let columns: Int
        let rows: Int

        /// The script draws 10×20-pixel cells inside 12 px of padding, under a 28 px title strip.
        var pixelSize: (width: Int, height: Int) { (columns * 10 + 24, rows * 20 + 52) }
    }

    static let pictures: [Picture] = [
        Picture(name: "demo-mode-sms-panel.png", columns: 100, rows: 30),
        Picture(name: "narrow-layout.png", columns: 60, rows: 30),
        Picture(name: "window-too-small.png", columns: 44, rows: 14),
        Picture(name: "success.png", columns: 100, rows: 30),
        Picture(name: "phone-invalid-hint.png", columns: 100, rows: 30),
        Picture(name: "code-countdown.png", columns: 100, rows: 30),
        Picture(name: "code-wrong.png", columns: 100, rows: 30),
        Picture(name: "code-last-30-seconds.png", columns: 100, rows: 30),
        Picture(name: "code-expired-resend.png", columns: 100, rows: 30),
        Picture(name: "kiosk-demo.png", columns: 100, rows: 30),
        Picture(name: "country-picker.png", columns: 100, rows: 30),
        Picture(name: "phone-grouped-national.png", columns: 100, rows: 30),
        Picture(name: "code-german.png", columns: 100, rows: 30),
        Picture(name: "code-japanese.png", columns: 100, rows: 30),
    ]

    /// The palette's red, the background of the countdown in its last 30 seconds (white on red).
    static let urgentRed = "e06c75"

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("scripts/screenshots.sh writes every picture: a PNG of the terminal's size, in colour, the urgent state in red",
          .timeLimit(.minutes(15)))
    func everyPicture() async throws {
        // CI prepares .venv before `swift test`; on a fresh clone this creates it (pip: minutes), and fails loudly if it cannot.
        let python = try await Self.venvPython()
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("screenshots-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: output) }
        // The built binary, so the script does not run `swift build` inside `swift test`.
        let run = try await BinaryRunner.run([Self.root.appendingPathComponent("scripts/screenshots.sh").path, output.path],
                                             executable: URL(fileURLWithPath: "/bin/bash"),
                                             environment: ["PHONE_LOGIN": BinaryRunner.executable.path], timeout: .seconds(180))
        try #require(run.status == 0, "the script failed (\(run.status)):\n\(run.stdout)\n\(run.stderr)")

        for picture in Self.pictures {
            let data = try #require(try? Data(contentsOf: output.appendingPathComponent(picture.name)), "\(picture.name) was not written")
            let header = try #require(PNGHeader(data), "\(picture.name) is not a PNG")
            #expect(header.width == picture.pixelSize.width && header.height == picture.pixelSize.height,
                    "\(picture.name) is \(header.width)×\(header.height), not the \(picture.columns)×\(picture.rows) terminal's size")
        }

        let statistics = try await Self.colourStatistics(Self.pictures.map { output.appendingPathComponent($0.name).path }, python: python)
        for picture in Self.pictures {
            let figures = try #require(statistics[output.appendingPathComponent(picture.name).path])
            #expect(figures.colours >= 8, "\(picture.name) has \(figures.colours) colours: blank or monochrome")
            #expect(figures.commonestShare < 0.98, "\(picture.name) is \(Int(figures.commonestShare * 100)) % one colour: a blank frame")
        }
        let urgent = try #require(statistics[output.appendingPathComponent("code-last-30-seconds.png").path])
        let calm = try #require(statistics[output.appendingPathComponent("code-countdown.png").path])
        #expect(urgent.urgentCells >= 10, "the last 30 seconds are not drawn on the urgent red")
        #expect(calm.urgentCells == 0, "the countdown is red before its last 30 seconds")
    }

    /// The repository venv's python, from scripts/python-env.sh (which creates .venv when missing).
    static func venvPython() async throws -> URL {
        let run = try await BinaryRunner.run([root.appendingPathComponent("scripts/python-env.sh").path],
                                             executable: URL(fileURLWithPath: "/bin/bash"), timeout: .seconds(600))
        try #require(run.status == 0, "scripts/python-env.sh could not prepare .venv (\(run.status)):\n\(run.stderr)")
        return URL(fileURLWithPath: run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// What Pillow (in the repository's .venv) counts in a picture's terminal area (the frame's title strip left out).
    struct Figures: Decodable {
        /// Distinct colours.
        let colours: Int
        /// The share of the commonest colour: 1 for a blank screen.
        let commonestShare: Double
        /// Cells on the urgent red background (their top-left pixel is red: glyphs never reach it).
        let urgentCells: Int
    }

    /// Counts, with Pillow, each picture's colours, the share of its commonest one and its cells on the urgent red.
    static func colourStatistics(_ paths: [String], python: URL) async throws -> [String: Figures] {
        let program = """
            import json, sys
            from PIL import Image
            red = tuple(bytes.fromhex(sys.argv[1]))
            cell_width, cell_height, padding, title = 10, 20, 12, 28
            figures = {}
            for path in sys.argv[2:]:
                image = Image.open(path).convert("RGB")
                terminal = image.crop((padding, title + padding, image.width - padding, image.height - padding))
                colours = terminal.getcolors(maxcolors=1 << 24)
                pixels = terminal.width * terminal.height
                cells = sum(1 for x in range(0, terminal.width, cell_width) for y in range(0, terminal.height, cell_height)
                            if terminal.getpixel((x, y)) == red)
                figures[path] = {"colours": len(colours), "commonestShare": max(count for count, _ in colours) / pixels,
                                 "urgentCells": cells}
            print(json.dumps(figures))
            """
        let run = try await BinaryRunner.run(["-c", program, urgentRed] + paths, executable: python)
        try #require(run.status == 0, "counting colours failed: \(run.stderr)")
        return try JSONDecoder().decode([String: Figures].self, from: Data(run.stdout.utf8))
    }
}
