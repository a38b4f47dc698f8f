#!/usr/bin/env python3
"""Pictures of the real phone-login, taken in tmux and rendered to PNG.

    python3 scripts/screenshots.py [OUTPUT_DIR] [--binary PATH]

Runs the built binary (`swift build --product phone-login` first, unless --binary or $PHONE_LOGIN names one) in a
tmux server of its own at 100x30, in demo mode and against `phone-login emulator` processes, walks it through its
screens with send-keys, captures each with `capture-pane -e -p` (colours included) and draws the cells to PNG with
pyte, Pillow and DejaVu Sans Mono. OUTPUT_DIR defaults to screenshots/ at the top of the repository.

Any state that does not show up in time stops the run with a message and the last screen, exit status 1.
pyte and Pillow come from the repository's .venv/ (scripts/python-env.sh); run by another python, the script
creates or refreshes that environment and starts again inside it.
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REEXEC_MARK = "PHONE_LOGIN_SCREENSHOTS_VENV"


def ensure_venv():
    """Re-runs this script with the repository venv's python unless it is already that python."""
    if os.environ.get(REEXEC_MARK) == sys.prefix:
        return
    try:
        python = subprocess.run(["bash", os.path.join(ROOT, "scripts", "python-env.sh")], check=True,
                                stdout=subprocess.PIPE, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"screenshots: could not create the Python environment (.venv) with scripts/python-env.sh: {error}")
    prefix = os.path.dirname(os.path.dirname(python))
    if os.path.realpath(prefix) == os.path.realpath(sys.prefix):
        os.environ[REEXEC_MARK] = sys.prefix
        return
    os.environ[REEXEC_MARK] = prefix
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])


ensure_venv()

import pyte  # noqa: E402  (after the venv is in place)
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# Rendering: a capture (text with SGR escapes) -> pyte's cell grid -> pixels.

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CJK_FONT = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"
FONT_SIZE = 16.6          # DejaVu Sans Mono advances 9.98 px at this size: one 10 px cell
CELL_WIDTH, CELL_HEIGHT = 10, 20
BASELINE = 16             # the font's ascent at this size
PADDING = 12              # around the cells, in the terminal's background colour
TITLE_HEIGHT = 28         # the window frame's title strip

# A dark terminal palette (One Dark's hues; blue lightened a little so hints read on the background).
PALETTE = {
    "black": (40, 44, 52), "red": (224, 108, 117), "green": (152, 195, 121), "brown": (229, 192, 123),
    "yellow": (229, 192, 123), "blue": (79, 140, 222), "magenta": (198, 120, 221), "cyan": (86, 182, 194),
    "white": (220, 223, 228),
    "brightblack": (92, 99, 112), "brightred": (240, 130, 140), "brightgreen": (170, 215, 140),
    "brightbrown": (240, 205, 140), "brightyellow": (240, 205, 140), "brightblue": (130, 185, 250),
    "brightmagenta": (215, 145, 235), "brightcyan": (110, 205, 215), "brightwhite": (255, 255, 255),
}
DEFAULT_FG = (212, 216, 223)
DEFAULT_BG = (24, 26, 33)
FRAME_BG = (44, 47, 58)
FRAME_EDGE = (62, 66, 80)
FRAME_TEXT = (150, 156, 170)

# Box-drawing characters drawn as lines, so frames join across cells: (up, down, left, right).
BOX_ARMS = {
    "─": (0, 0, 1, 1), "│": (1, 1, 0, 0), "┌": (0, 1, 0, 1), "┐": (0, 1, 1, 0), "└": (1, 0, 0, 1),
    "┘": (1, 0, 1, 0), "├": (1, 1, 0, 1), "┤": (1, 1, 1, 0), "┬": (0, 1, 1, 1), "┴": (1, 0, 1, 1),
    "┼": (1, 1, 1, 1), "╭": (0, 1, 0, 1), "╮": (0, 1, 1, 0), "╰": (1, 0, 0, 1), "╯": (1, 0, 1, 0),
}


class Fonts:
    """DejaVu Sans Mono (regular, bold), with DejaVu Sans for the glyphs the mono face lacks (Braille)."""

    def __init__(self):
        def load(name, size=FONT_SIZE):
            path = os.path.join(FONT_DIR, name)
            if not os.path.exists(path):
                sys.exit(f"screenshots: the font {path} is missing (Debian: apt-get install fonts-dejavu-core)")
            return ImageFont.truetype(path, size)
        self.regular, self.bold = load("DejaVuSansMono.ttf"), load("DejaVuSansMono-Bold.ttf")
        self.fallback, self.fallback_bold = load("DejaVuSans.ttf"), load("DejaVuSans-Bold.ttf")
        # Japanese (two cells a character): IPA Gothic, which DejaVu lacks.
        if not os.path.exists(CJK_FONT):
            sys.exit(f"screenshots: the font {CJK_FONT} is missing (Debian: apt-get install fonts-ipafont-gothic)")
        self.wide = ImageFont.truetype(CJK_FONT, FONT_SIZE)
        self.title = load("DejaVuSans.ttf", 13)
        self._missing = {}
        self._cache = {}

    def _lacks(self, font, character):
        key = id(font)
        if key not in self._missing:
            self._missing[key] = bytes(font.getmask("\U000F0000"))  # a private-use point: the .notdef box
        return bytes(font.getmask(character)) == self._missing[key]

    def font_for(self, character, bold):
        key = (character, bold)
        if key not in self._cache:
            primary = self.bold if bold else self.regular
            secondary = self.fallback_bold if bold else self.fallback
            if character.strip() and unicodedata.east_asian_width(character) in ("W", "F"):
                self._cache[key] = self.wide
            else:
                self._cache[key] = secondary if character.strip() and self._lacks(primary, character) else primary
        return self._cache[key]


def colour(name, default):
    if name == "default":
        return default
    if name in PALETTE:
        return PALETTE[name]
    if re.fullmatch(r"[0-9a-fA-F]{6}", name):
        return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
    raise ValueError(f"unknown colour {name!r} in the capture")


def screen_from_capture(capture, columns, rows):
    """Feeds a `capture-pane -e -p` text to a pyte screen of the pane's size."""
    screen = pyte.Screen(columns, rows)
    stream = pyte.Stream(screen)
    stream.feed(capture.rstrip("\n").replace("\n", "\r\n"))
    return screen


def image_size(columns, rows):
    """The picture's size in pixels for a terminal of `columns` x `rows` cells."""
    return columns * CELL_WIDTH + 2 * PADDING, TITLE_HEIGHT + rows * CELL_HEIGHT + 2 * PADDING


def render(capture, columns, rows, title, fonts):
    """Draws the captured cells (no cursor) in a window frame with a title strip."""
    screen = screen_from_capture(capture, columns, rows)
    width, height = image_size(columns, rows)
    image = Image.new("RGB", (width, height), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    # The frame: a title strip with three dots and the title, a 1 px edge round the picture.
    draw.rectangle([0, 0, width - 1, TITLE_HEIGHT - 1], fill=FRAME_BG)
    for index, dot in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]):
        centre_x, centre_y = 16 + index * 20, TITLE_HEIGHT // 2
        draw.ellipse([centre_x - 6, centre_y - 6, centre_x + 6, centre_y + 6], fill=dot)
    draw.text((width // 2, TITLE_HEIGHT // 2), title, font=fonts.title, fill=FRAME_TEXT, anchor="mm")
    draw.rectangle([0, 0, width - 1, height - 1], outline=FRAME_EDGE)
    top = TITLE_HEIGHT + PADDING
    for row in range(rows):
        line = screen.buffer[row]
        for column in range(columns):
            cell = line[column]
            if cell.data == "":  # the right half of a wide character
                continue
            foreground, background = colour(cell.fg, DEFAULT_FG), colour(cell.bg, DEFAULT_BG)
            if cell.reverse:
                foreground, background = background, foreground
            span = 2 if column + 1 < columns and line[column + 1].data == "" else 1
            x, y = PADDING + column * CELL_WIDTH, top + row * CELL_HEIGHT
            if background != DEFAULT_BG:
                draw.rectangle([x, y, x + span * CELL_WIDTH - 1, y + CELL_HEIGHT - 1], fill=background)
            character = cell.data
            if character in BOX_ARMS:
                draw_box_character(draw, BOX_ARMS[character], x, y, foreground, 2 if cell.bold else 1)
            elif character == "█":  # a full block fills its cell, so block letters join across rows
                draw.rectangle([x, y, x + CELL_WIDTH - 1, y + CELL_HEIGHT - 1], fill=foreground)
            elif character.strip():
                draw.text((x, y + BASELINE), character, font=fonts.font_for(character, cell.bold), fill=foreground,
                          anchor="ls")
            if cell.underscore:
                draw.line([x, y + BASELINE + 2, x + span * CELL_WIDTH - 1, y + BASELINE + 2], fill=foreground)
    return image


def draw_box_character(draw, arms, x, y, fill, thickness):
    up, down, left, right = arms
    middle_x, middle_y = x + CELL_WIDTH // 2 - 1, y + CELL_HEIGHT // 2 - 1
    end_x, end_y = middle_x + thickness - 1, middle_y + thickness - 1
    if left:
        draw.rectangle([x, middle_y, end_x, end_y], fill=fill)
    if right:
        draw.rectangle([middle_x, middle_y, x + CELL_WIDTH - 1, end_y], fill=fill)
    if up:
        draw.rectangle([middle_x, y, end_x, end_y], fill=fill)
    if down:
        draw.rectangle([middle_x, middle_y, end_x, y + CELL_HEIGHT - 1], fill=fill)


# ---------------------------------------------------------------------------------------------------------------
# Driving: the binary in tmux, an emulator process, waiting for a state with a deadline.

class Failure(Exception):
    """A state that did not show up: the message says which and shows the last screen."""


SGR = re.compile(r"\x1b\[[0-9;:]*m")


def plain(capture):
    return SGR.sub("", capture)


class Tmux:
    """A tmux server of our own (its own socket, no user configuration), UTF-8, one window per session."""

    def __init__(self, environment):
        self.socket = f"phone-login-shots-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.environment = environment

    def run(self, *arguments):
        done = subprocess.run(["tmux", "-u", "-f", "/dev/null", "-L", self.socket, *arguments], env=self.environment,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise Failure(f"tmux {' '.join(arguments[:2])} failed: {done.stderr.strip()}")
        return done.stdout

    def close(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], env=self.environment,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Pane:
    """The binary running in a tmux session: keys in, screens out, size changes."""

    def __init__(self, tmux, name, command, columns, rows, scratch):
        self.tmux, self.name, self.columns, self.rows = tmux, name, columns, rows
        self.errors = os.path.join(scratch, f"{name}.stderr")
        line = f"{command} 2>{shlex.quote(self.errors)}; echo \"[phone-login exited with status $?]\"; sleep 600"
        tmux.run("new-session", "-d", "-s", name, "-x", str(columns), "-y", str(rows), line)

    def type(self, text):
        self.tmux.run("send-keys", "-t", self.name, "-l", text)

    def press(self, *keys):
        self.tmux.run("send-keys", "-t", self.name, *keys)

    def resize(self, columns, rows):
        self.tmux.run("resize-window", "-t", self.name, "-x", str(columns), "-y", str(rows))
        self.columns, self.rows = columns, rows

    def capture(self):
        return self.tmux.run("capture-pane", "-e", "-p", "-N", "-t", self.name)

    def wait_for(self, expected, rejected=(), timeout=45):
        """Polls the screen until every `expected` text or regex shows and no `rejected` one; returns the capture."""
        deadline = time.monotonic() + timeout
        last = ""
        while True:
            capture = self.capture()
            text = plain(capture)
            if all(re.search(pattern, text) for pattern in expected) and \
               not any(re.search(pattern, text) for pattern in rejected):
                return capture
            last = "\n".join(line.rstrip() for line in text.rstrip().split("\n"))
            exited = "[phone-login exited" in text and not any("exited" in pattern for pattern in expected)
            if exited or time.monotonic() > deadline:
                errors = ""
                if os.path.exists(self.errors):
                    with open(self.errors, encoding="utf-8", errors="replace") as file:
                        errors = file.read().strip()
                raise Failure(f"{self.name}: the screen did not show {list(expected)}"
                              + (f" without {list(rejected)}" if rejected else "")
                              + (" before phone-login exited" if exited else f" within {timeout} s")
                              + f". Last screen:\n{last}"
                              + (f"\nphone-login's stderr:\n{errors}" if errors else ""))
            time.sleep(0.1)


class Emulator:
    """`phone-login emulator` on a free loopback port, its outbox read over HTTP."""

    def __init__(self, binary, scratch, *options):
        self.log = os.path.join(scratch, f"emulator-{uuid.uuid4().hex[:6]}.log")
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([binary, "emulator", "--port", "0", "--quiet", *options],
                                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            with open(self.log, encoding="utf-8", errors="replace") as log:
                found = re.search(r"listening on (\S+)", log.read())
            if found:
                self.root = found.group(1)
                break
            if self.process.poll() is not None or time.monotonic() > deadline:
                with open(self.log, encoding="utf-8", errors="replace") as log:
                    raise Failure(f"the emulator did not start:\n{log.read()}")
            time.sleep(0.1)
        self.base_url = self.root + "/api"

    def newest_code(self, phone):
        """The code of the newest SMS to `phone` (E.164), waiting for it to arrive."""
        deadline = time.monotonic() + 30
        url = self.root + "/emulator/sms?phone_number=" + urllib.parse.quote(phone)
        while time.monotonic() < deadline:
            with urllib.request.urlopen(url, timeout=10) as answer:
                messages = json.load(answer)
            if messages:
                return messages[-1]["code"]
            time.sleep(0.1)
        raise Failure(f"no SMS to {phone} in the emulator's outbox")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# ---------------------------------------------------------------------------------------------------------------
# The pictures.

PROJECT = "00000000-0000-4000-8000-000000000000"
COLUMNS, ROWS = 100, 30

# Every picture the script writes: name -> (columns, rows, what it shows). The test and the docs (docs/full-screen.md, docs/countries.md, the README) use these names.
PICTURES = {
    "demo-mode-sms-panel.png": (100, 30, "demo mode: the code screen, the SMS panel showing the code"),
    "narrow-layout.png": (60, 30, "a 60-column window: the SMS panel below the form"),
    "window-too-small.png": (44, 14, "below 48x16: the message asking for a larger window"),
    "success.png": (100, 30, "signed in: user id, expiry, project, masked token"),
    "phone-invalid-hint.png": (100, 30, "an incomplete number: the hint under the field and the notice after Enter"),
    "code-countdown.png": (100, 30, "against the emulator: the code screen with the countdown running"),
    "code-wrong.png": (100, 30, "a wrong code: the notice with the tries left, the countdown going on"),
    "code-last-30-seconds.png": (100, 30, "the last 30 seconds: the countdown in the urgent colour"),
    "code-expired-resend.png": (100, 30, "the code expired: the field locked, R offered for a new code"),
    "kiosk-demo.png": (100, 30, "--kiosk in demo mode: banner, title in block letters, the code screen, the SMS panel"),
    "country-picker.png": (100, 30, "Tab on the country: the list filtered by what is typed (united), Enter picks"),
    "code-german.png": (100, 30, "--language de against the emulator: the code screen in German"),
    "code-japanese.png": (100, 30, "--language ja against the emulator: the code screen in Japanese, two cells a character"),
    "phone-grouped-national.png": (100, 30, "--country DE: 0151 1234 5678 typed the German way, shown grouped as +49 1511 2345678"),
}


class Shooter:
    def __init__(self, binary, output, scratch, tmux, fonts):
        self.binary, self.output, self.scratch, self.tmux, self.fonts = binary, output, scratch, tmux, fonts
        self.written = []

    def launch(self, name, arguments, columns=COLUMNS, rows=ROWS):
        # The terminal of a fresh machine: colours allowed, a UTF-8 locale, tmux's own TERM, no project configured.
        command = ("env -u NO_COLOR -u XSOLLA_LOGIN_PROJECT_ID -u XSOLLA_LOGIN_BASE_URL -u XSOLLA_LOGIN_JWT_SECRET "
                   "TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC "
                   + " ".join(shlex.quote(word) for word in [self.binary, *arguments]))
        return Pane(self.tmux, name, command, columns, rows, self.scratch)

    def shoot(self, pane, name, expected, rejected=()):
        capture = pane.wait_for(expected, rejected)
        if "\x1b[" not in capture:
            raise Failure(f"{name}: the capture has no colours (is NO_COLOR set, or TERM wrong?):\n{plain(capture)}")
        columns, rows, _ = PICTURES[name]
        if (pane.columns, pane.rows) != (columns, rows):
            raise Failure(f"{name}: the pane is {pane.columns}x{pane.rows}, the picture wants {columns}x{rows}")
        image = render(capture, columns, rows, f"phone-login — {columns}×{rows}", self.fonts)
        path = os.path.join(self.output, name)
        image.save(path, optimize=True)
        self.written.append(path)
        print(f"  {name}", flush=True)
        return plain(capture)

    @staticmethod
    def demo_code(pane):
        """Asks the demo for a code for +1 415 555 0100, reads it off the SMS panel, types its first two digits."""
        pane.type("+1 415 555 0100")
        pane.wait_for([r"Press Enter to get a code by SMS\."])
        pane.press("Enter")
        screen = plain(pane.wait_for([r"Your Xsolla Login code is \d+", "Code sent to", r"expires in \d:\d\d"]))
        code = re.search(r"Your Xsolla Login code is (\d+)", screen).group(1)
        pane.type(code[:2])
        return code

    def demo(self):
        """Demo mode: the SMS panel, the narrow layout, a too-small window, success."""
        pane = self.launch("demo", [])
        pane.wait_for([r"SMS \(demo phone\)", "Messages sent to any number", "Phone number"])
        code = self.demo_code(pane)
        self.shoot(pane, "demo-mode-sms-panel.png",
                   [r"Your Xsolla Login code is \d+", r"expires in 2:[0-5]\d", r"\[" + code[:2] + "_"])
        pane.resize(60, 30)
        self.shoot(pane, "narrow-layout.png", [r"SMS \(demo phone\)", r"Your Xsolla Login", " DEMO "],
                   rejected=["DEMO: local emulator"])
        pane.resize(44, 14)
        self.shoot(pane, "window-too-small.png", ["Make the window larger", "44×14"])
        pane.resize(COLUMNS, ROWS)
        pane.wait_for([r"Enter the code from the SMS", "DEMO: local emulator"])
        pane.type(code[2:])
        pane.press("Enter")
        self.shoot(pane, "success.png", ["✓ Signed in", "Token +eyJ", "Any key: finish"])
        pane.press("Enter")
        pane.wait_for([r"\[phone-login exited with status 0\]"])

    def kiosk(self):
        """--kiosk in demo mode with a title and a banner: the code screen, the code in the SMS panel beside it."""
        pane = self.launch("kiosk", ["--kiosk", "--title", "Game Expo", "--banner", "Sign in to win", "--admin-key", "ctrl-]"])
        pane.wait_for(["Step 1 of 2", "Sign in to win", "█", r"SMS \(demo phone\)"])
        code = self.demo_code(pane)
        self.shoot(pane, "kiosk-demo.png", [r"Your Xsolla Login code is \d+", r"expires in 2:[0-5]\d", r"\[" + code[:2] + "_", "█"])
        pane.press("C-]", "C-]")  # one send-keys: the admin key is two presses within 2 s
        pane.wait_for([r"\[phone-login exited with status 0\]"])

    def countries(self):
        """--country DE in demo mode: a national number shown grouped, then the country picker after Tab."""
        pane = self.launch("countries", ["--country", "DE"])
        pane.wait_for([r"Country  Germany \(\+49\)", "Phone number"])
        pane.type("0151 1234 5678")
        self.shoot(pane, "phone-grouped-national.png", [r"\[\+49 1511 2345678_", r"Press Enter to get a code by SMS\."])
        pane.press("Tab")
        pane.type("united")
        self.shoot(pane, "country-picker.png", ["▸ United Arab Emirates", "United Kingdom", r"Enter pick"])
        pane.press("Escape")
        pane.wait_for([r"Country  Germany \(\+49\)"])
        pane.press("C-c")
        pane.wait_for([r"\[phone-login exited with status 130\]"])

    def against_emulator(self):
        """A configured project (the emulator as its server): the phone hint, the countdown, a wrong code."""
        emulator = Emulator(self.binary, self.scratch)
        try:
            pane = self.launch("real", ["--base-url", emulator.base_url, "--project-id", PROJECT])
            pane.wait_for(["Phone number", r"phone-login · 127\.0\.0\.1"], rejected=["DEMO"])
            pane.type("+49 15")
            pane.wait_for([r"1 more digit at least"])
            pane.press("Enter")
            self.shoot(pane, "phone-invalid-hint.png", ["Not a phone number yet", "1 more digit at least"])
            pane.type("1 1234 5678")
            pane.wait_for([r"Press Enter to get a code by SMS\."])
            pane.press("Enter")
            pane.wait_for(["Code sent to"])
            code = emulator.newest_code("+4915112345678")
            # A few seconds in, so the picture shows the countdown running.
            self.shoot(pane, "code-countdown.png", ["Code sent to", r"expires in 2:([0-4]\d|5[0-7])", r"New code \(R\) in 0:\d\d"])
            wrong = "1111" if code != "1111" else "2222"
            pane.type(wrong)
            pane.press("Enter")
            self.shoot(pane, "code-wrong.png", [r"Wrong code\. Check the SMS and try again \(2 tries left\)",
                                                r"expires in 2:[0-5]\d"])
            pane.press("C-c")
            pane.wait_for([r"\[phone-login exited with status 130\]"])
        finally:
            emulator.stop()

    def languages(self):
        """The code screen against the emulator in German and in Japanese (--language)."""
        for name, tag, sent, expires in [("code-german.png", "de", "Code gesendet an", r"läuft ab in 2:[0-5]\d"),
                                         ("code-japanese.png", "ja", "にコードを送信しました", r"残り 2:[0-5]\d")]:
            emulator = Emulator(self.binary, self.scratch)
            try:
                pane = self.launch(f"language-{tag}", ["--base-url", emulator.base_url, "--project-id", PROJECT, "--language", tag])
                pane.type("+49 151 1234 5678")
                pane.press("Enter")
                pane.wait_for([sent])
                code = emulator.newest_code("+4915112345678")
                pane.type(code[:2])
                self.shoot(pane, name, [sent, expires, r"\[" + code[:2] + "_"])
                pane.press("C-c")
                pane.wait_for([r"\[phone-login exited with status 130\]"])
            finally:
                emulator.stop()

    def short_lifetimes(self):
        """Codes that live 31 s (urgent from the start; taken at 0:27 or less) and 3 s (expired, resend offered)."""
        for name, lifetime, expected in [
            ("code-last-30-seconds.png", 31, ["Code sent to", r"expires in 0:([01]\d|2[0-7])"]),
            ("code-expired-resend.png", 3, [r"Code expired\. Press R for a new code\.", "Press R for a new code"]),
        ]:
            emulator = Emulator(self.binary, self.scratch, "--code-lifetime", str(lifetime))
            try:
                pane = self.launch(f"lifetime-{lifetime}", ["--base-url", emulator.base_url, "--project-id", PROJECT,
                                                            "--code-lifetime", str(lifetime)])
                pane.wait_for(["Phone number"])
                pane.type("+1 415 555 0100")
                pane.wait_for([r"Press Enter to get a code by SMS\."])
                pane.press("Enter")
                pane.wait_for(["Code sent to"])
                code = emulator.newest_code("+14155550100")
                if lifetime > 3:
                    pane.type(code[:3])
                    expected = expected + [r"\[" + code[:3] + "_"]
                self.shoot(pane, name, expected)
                pane.press("C-c")
                pane.wait_for([r"\[phone-login exited with status 130\]"])
            finally:
                emulator.stop()


def build_binary():
    print("swift build --product phone-login", flush=True)
    subprocess.run(["swift", "build", "--product", "phone-login"], cwd=ROOT, check=True)
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, stdout=subprocess.PIPE,
                              text=True).stdout.strip()
    return os.path.join(bin_path, "phone-login")


def main():
    parser = argparse.ArgumentParser(description="Screenshots of the real phone-login in tmux, rendered to PNG.")
    parser.add_argument("output", nargs="?", default=os.path.join(ROOT, "screenshots"),
                        help="where the PNG files go (default: screenshots/ at the top of the repository)")
    parser.add_argument("--binary", default=os.environ.get("PHONE_LOGIN"),
                        help="the phone-login executable (default: $PHONE_LOGIN, else build it with swift build)")
    arguments = parser.parse_args()

    started = time.monotonic()
    if subprocess.run(["sh", "-c", "command -v tmux"], stdout=subprocess.DEVNULL).returncode != 0:
        sys.exit("screenshots: tmux is not installed (Debian: apt-get install tmux)")
    fonts = Fonts()
    try:
        binary = os.path.abspath(arguments.binary) if arguments.binary else build_binary()
    except subprocess.CalledProcessError as error:
        sys.exit(f"screenshots: swift build failed ({error})")
    if not os.access(binary, os.X_OK):
        sys.exit(f"screenshots: {binary} is not an executable")
    os.makedirs(arguments.output, exist_ok=True)

    environment = {key: value for key, value in os.environ.items()
                   if key != "NO_COLOR" and not key.startswith("XSOLLA_LOGIN_") and not key.startswith("TMUX")}
    environment.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
    tmux = Tmux(environment)
    with tempfile.TemporaryDirectory(prefix="phone-login-shots-") as scratch:
        shooter = Shooter(binary, arguments.output, scratch, tmux, fonts)
        try:
            print(f"pictures into {arguments.output}:", flush=True)
            shooter.demo()
            shooter.kiosk()
            shooter.countries()
            shooter.against_emulator()
            shooter.languages()
            shooter.short_lifetimes()
        except Failure as failure:
            sys.exit(f"screenshots: FAILED: {failure}")
        finally:
            tmux.close()
    missing = sorted(set(PICTURES) - {os.path.basename(path) for path in shooter.written})
    if missing:
        sys.exit(f"screenshots: FAILED: not written: {', '.join(missing)}")
    print(f"{len(shooter.written)} pictures in {time.monotonic() - started:.1f} s", flush=True)


if __name__ == "__main__":
    main()
