"""The console test's scenarios (see scripts/console-test.sh): the guest and tmux driven in step, every screen read,
checked, compared and saved. Exit 1 on any failed check, with the reasons."""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from consolefont import ConsoleFont, Screen  # noqa: E402
from guest import Guest, GuestError  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLUMNS, ROWS = 160, 50
# The visitor's number: a UK mobile number of Ofcom's drama range, valid by libphonenumber's rules.
NUMBER = "+447700900123"
# What every scenario's kiosk gets besides its language: the success screen long enough to be read under emulation.
COMMON_OPTIONS = "--kiosk-success-seconds 8"
TMUX_KEYS = {"ret": "Enter", "esc": "Escape", "ctrl-l": "C-l", "shift-equal": "+"}


def catalogue(language):
    with open(os.path.join(ROOT, "Sources/PhoneAuthModel/Catalogues", f"{language}.json"), encoding="utf-8") as f:
        return json.load(f)


def words(text, length=16):
    """The start of a catalogue string without its leading mark and placeholders: what a search on screen can look
    for (a box title may be cut short with an ellipsis)."""
    text = re.sub(r"\{[^}]*\}", "", text)
    return text.lstrip("✓ ").strip()[:length]


def keys_for(text):
    """sendkey names for typed text (digits and +)."""
    return ["shift-equal" if ch == "+" else ch for ch in text]


def normal(lines):
    """A frame with its digits and spinner stripped: what must be stable for the screen to have settled."""
    return [re.sub(r"[0-9⠀-⣿|/\\-]", "#", line) for line in lines]


class Results:
    """The screens saved for a person, the checks and their failures."""

    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.checks = []
        self.failures = []

    def check(self, scenario, name, ok, reason=""):
        self.checks.append((scenario, name, ok, reason))
        if not ok:
            self.failures.append(f"{scenario}: {name}: {reason}")
        print(f"  [{'ok' if ok else 'FAIL'}] {scenario}: {name}{'' if ok else ' — ' + reason}", flush=True)
        return ok

    def save(self, name, ppm, console_lines, tmux_lines=None, differences=()):
        self.count += 1
        stem = os.path.join(self.folder, f"{self.count:02d}-{name}")
        try:
            from PIL import Image
            import io
            Image.open(io.BytesIO(ppm)).save(stem + ".png")
        except Exception as error:  # the text is the record; the picture is for a person
            with open(stem + ".ppm", "wb") as f:
                f.write(ppm)
            print(f"  (no PNG for {name}: {error})")
        with open(stem + ".txt", "w", encoding="utf-8") as f:
            f.write(f"== the console ({name}), read back against the loaded font\n")
            f.write("\n".join(console_lines) + "\n")
            if tmux_lines is not None:
                f.write("\n== the same screen in tmux\n" + "\n".join(line.rstrip() for line in tmux_lines) + "\n")
            if differences:
                f.write("\n== differences (row, column: console / tmux)\n" + "\n".join(differences) + "\n")
        return stem


class Tmux:
    """The same binary in tmux at 160×50 with the same options and locale."""

    def __init__(self, binary, locales, work):
        self.binary, self.locales, self.work = binary, locales, work
        self.socket = f"console-test-{os.getpid()}"
        self.session = None

    def tmux(self, *arguments, check=True):
        return subprocess.run(["tmux", "-L", self.socket, *arguments], check=check, capture_output=True, text=True).stdout

    def start(self, name, lang, options, glyphs):
        """The kiosk in tmux acting as on a console whose font has the characters in the file `glyphs` (the
        program's own PHONE_LOGIN_CONSOLE_GLYPHS), so that it picks the same languages and stand-ins."""
        self.stop()
        self.session = name
        home = os.path.join(self.work, "home")
        os.makedirs(home, exist_ok=True)
        command = ["env", "-i", "PATH=/usr/bin:/bin", "TERM=tmux-256color", f"HOME={home}", f"LANG={lang}", f"LOCPATH={self.locales}",
                   f"PHONE_LOGIN_CONSOLE_GLYPHS={glyphs}",
                   self.binary, "--kiosk", *shlex.split(options)]
        for attempt in range(5):  # a server still going away answers the first try with an error
            result = subprocess.run(["tmux", "-L", self.socket, "new-session", "-d", "-s", name, "-x", str(COLUMNS),
                                     "-y", str(ROWS), shlex.join(command)], capture_output=True, text=True)
            if result.returncode == 0:
                break
            time.sleep(0.5)
        else:
            raise RuntimeError(f"tmux new-session: {result.stderr.strip()}")
        self.tmux("set-option", "-t", name, "remain-on-exit", "on")

    def keys(self, names):
        for key in names:
            if key in TMUX_KEYS and key != "shift-equal":
                self.tmux("send-keys", "-t", self.session, TMUX_KEYS[key])
            else:
                self.tmux("send-keys", "-t", self.session, "-l", TMUX_KEYS.get(key, key))
            time.sleep(0.05)

    def lines(self):
        out = self.tmux("capture-pane", "-p", "-t", self.session).rstrip("\n").split("\n")
        out += [""] * (ROWS - len(out))
        return [line.ljust(COLUMNS) for line in out[:ROWS]]

    def wait(self, predicate, timeout=20, previous=None):
        """The frame once `predicate` holds on it and it is the same twice in a row (digits aside)."""
        deadline, last = time.monotonic() + timeout, None
        while True:
            frame = self.lines()
            ok = predicate(lambda text: any(text in line for line in frame), frame)
            if ok and last == normal(frame) and normal(frame) != previous:
                return frame
            last = normal(frame) if ok else None
            if time.monotonic() > deadline:
                return frame
            time.sleep(0.2)

    def stop(self):
        if self.session:
            self.tmux("kill-session", "-t", self.session, check=False)
            self.session = None

    def close(self):
        self.tmux("kill-server", check=False)


class Console:
    """The guest's tty1: keys through sendkey, screens through screendump, read against the loaded font."""

    def __init__(self, guest, work):
        self.guest, self.work = guest, work
        self.font = None
        self.shots = 0

    def load_font(self):
        """The font now on tty1, dumped by setfont with its Unicode table; the path of a file of its characters."""
        self.guest.run("setfont -C /dev/tty1 -O /run/font.psf")
        self.font = ConsoleFont(self.guest.read_file("/run/font.psf"))
        path = os.path.join(self.work, "font-characters.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(sorted(ch for ch in self.font.glyph_of if ch.isprintable())))
        return path

    def capture(self):
        self.shots += 1
        ppm = self.guest.screendump(os.path.join(self.work, f"shot-{self.shots % 2}.ppm"))
        return ppm, Screen(ppm, self.font)

    def keys(self, names):
        for key in names:
            self.guest.sendkey(key)

    def wait(self, predicate, timeout=45, previous=None):
        """(ppm, screen) once `predicate` holds and the screen is the same twice (digits aside); else the last."""
        deadline, last = time.monotonic() + timeout, None
        while True:
            ppm, screen = self.capture()
            lines = screen.text()
            ok = not screen.is_blank() and predicate(screen.find, lines)
            if ok and last == normal(lines) and normal(lines) != previous:
                return ppm, screen, True
            last = normal(lines) if ok else None
            if time.monotonic() > deadline:
                return ppm, screen, False
            time.sleep(0.3)


def compare(screen, tmux_lines):
    """Differences between the console's cells and tmux's text (tmux's kiosk told the console font's characters, so
    it picks the same stand-ins and languages). Allowed: digits on both sides (the code, the countdowns, the SMS's
    time)."""
    differences = []
    text = screen.text(like=tmux_lines)
    for y in range(min(screen.rows, ROWS)):
        for x in range(min(screen.columns, COLUMNS)):
            wanted = tmux_lines[y][x] if x < len(tmux_lines[y]) else " "
            if screen.matches(y, x, wanted):
                continue
            read = text[y][x:x + 1] or " "
            if wanted.isdigit() and read.isdigit():
                continue
            differences.append(f"{y:2d},{x:3d}: {read!r} / {wanted!r}")
    return differences


class Run:
    def __init__(self, arguments):
        self.arguments = arguments
        self.results = Results(arguments.results)
        self.guest = None
        self.console = None
        self.tmux = Tmux(arguments.binary, arguments.locales, arguments.work)

    # --- the guest -------------------------------------------------------------------------------------------------
    def boot(self):
        started = time.monotonic()
        self.guest = Guest(self.arguments.work)
        self.guest.wait_ready()
        # The boot done: console-setup's setupcon (the font, UTF-8 mode) runs ~15 s after the agent is up here.
        self.guest.run("systemctl is-system-running --wait >/dev/null || true", timeout=300)
        print(f"  booted in {time.monotonic() - started:.0f} s", flush=True)
        # A steady cursor, for a screendump to catch it the same each time.
        self.guest.run("echo 0 > /sys/class/graphics/fbcon/cursor_blink || true")
        # The font console-setup loaded at boot, to go back to after the Cyrillic one.
        self.guest.run("setfont -C /dev/tty1 -O /run/default-font.psf")
        self.console = Console(self.guest, self.arguments.work)
        _, size = self.guest.run("stty -F /dev/tty1 size")
        self.results.check("boot", "tty1 is 160×50", size.split() == [str(ROWS), str(COLUMNS)], f"tty1 is {size.strip()} (rows columns)")

    def start_kiosk(self, options, font=None):
        """The unit restarted on tty1 with these options, on the default font or `font`; tty1 in front."""
        g = self.guest
        g.run("systemctl stop phone-login-kiosk@tty1 getty@tty1 || true")
        g.run(f"sed -i '/^PHONE_LOGIN_KIOSK_OPTIONS=/d' /etc/default/phone-login-kiosk && "
              f"echo {shlex.quote('PHONE_LOGIN_KIOSK_OPTIONS=' + shlex.quote(options))} >> /etc/default/phone-login-kiosk")
        g.run("chvt 1")
        g.run(f"setfont -C /dev/tty1 {font or '/run/default-font.psf'}")
        glyphs = self.console.load_font()
        g.run("systemctl reset-failed phone-login-kiosk@tty1 2>/dev/null; systemctl start phone-login-kiosk@tty1")
        return glyphs

    def journal(self):
        """What the unit's current run wrote to the journal (its stderr)."""
        _, out = self.guest.run("journalctl --no-pager -o cat _SYSTEMD_INVOCATION_ID="
                                "$(systemctl show -p InvocationID --value phone-login-kiosk@tty1) | tail -20", check=False)
        return out

    # --- checks on one screen --------------------------------------------------------------------------------------
    def look(self, scenario, name, ppm, screen, tmux_lines, compare_tmux=True):
        """Every check on one captured screen; it is saved whatever they say."""
        console_lines = screen.text(like=tmux_lines)
        differences = compare(screen, tmux_lines) if (tmux_lines is not None and compare_tmux) else []
        self.results.save(f"{scenario}-{name}", ppm, console_lines, tmux_lines, differences)
        blank = screen.is_blank()
        self.results.check(scenario, f"{name}: something drawn", not blank, "the console is blank")
        if blank:
            return False
        missing = screen.missing_glyphs()
        where = ", ".join(f"{y},{x}" for y, x in missing[:8])
        self.results.check(scenario, f"{name}: no missing-glyph cell", not missing,
                           f"{len(missing)} cells drawn as the missing-glyph mark (row,col {where}…)")
        faint = screen.low_contrast()
        worst = min(faint, key=lambda f: f[2]) if faint else None
        self.results.check(scenario, f"{name}: every character ≥ 4.5:1 against its background", not faint,
                           f"{len(faint)} cells below, the worst {worst[2]:.1f}:1 (#{worst[3]} on #{worst[4]}) at "
                           f"row {worst[0]}, column {worst[1]}" if worst else "")
        if compare_tmux and tmux_lines is not None:
            self.results.check(scenario, f"{name}: same as tmux", not differences,
                               f"{len(differences)} cells differ, e.g. {'; '.join(differences[:4])}")
        return not missing and not differences

    # --- the scenarios ---------------------------------------------------------------------------------------------
    def login(self, scenario, language, lang="en_US.UTF-8", font=None):
        """From the first frame to the success screen and back to a full form, beside tmux."""
        words_of = catalogue(language)
        step_phone, step_code = words(words_of["stepPhone"]), words(words_of["stepCode"])
        signed_in = words(words_of["kioskSignedIn"])
        options = f"--language {language} {COMMON_OPTIONS}"
        glyphs = self.start_kiosk(options, font)
        self.tmux.start(scenario, lang, options, glyphs)
        has = lambda text: (lambda find, lines: find(text))

        # 1. The first frame.
        ppm, screen, ok = self.console.wait(has(step_phone))
        tmux_form = self.tmux.wait(has(step_phone))
        self.look(scenario, "first-frame", ppm, screen, tmux_form)
        if not ok:
            self.results.check(scenario, "the phone form shows", False, f"no “{step_phone}” within 45 s; journal:\n{self.journal()}")
        first = normal(screen.text(like=tmux_form))

        # 2. The number typed.
        self.console.keys(keys_for(NUMBER))
        self.tmux.keys(keys_for(NUMBER))
        typed = NUMBER[1:]
        ppm, screen, ok = self.console.wait(lambda find, lines: find(typed[-4:]), previous=first)
        tmux_lines = self.tmux.wait(lambda find, lines: find(typed[-4:]))
        self.look(scenario, "number", ppm, screen, tmux_lines)

        # 3. The code screen with the demo phone's SMS; the code read from the screen.
        self.console.keys(["ret"])
        self.tmux.keys(["ret"])
        code_of = lambda lines: (re.findall(r"(?<![\d:])(\d{4})\.(?!\d)", "\n".join(lines)) or [None])[-1]
        ppm, screen, ok = self.console.wait(lambda find, lines: find(step_code) and code_of(lines))
        tmux_lines = self.tmux.wait(lambda find, lines: find(step_code) and code_of(lines))
        self.look(scenario, "code-screen", ppm, screen, tmux_lines)
        code, tmux_code = code_of(screen.text(like=tmux_lines)), code_of(tmux_lines)
        if not self.results.check(scenario, "the SMS code read from the console", bool(code and ok),
                                  "no code screen with a 4-digit code in the SMS panel"):
            return
        code_screen = normal(screen.text(like=tmux_lines))

        # 4. The code typed: the success screen.
        self.console.keys(list(code) + ["ret"])
        self.tmux.keys(list(tmux_code or "0000") + ["ret"])
        ppm, screen, ok = self.console.wait(has(signed_in), timeout=30, previous=code_screen)
        tmux_lines = self.tmux.wait(has(signed_in))
        self.look(scenario, "success", ppm, screen, tmux_lines)
        self.results.check(scenario, "the success screen shows", ok, f"no “{signed_in}” after the code")

        # 5. Back to a full form for the next visitor.
        ppm, screen, ok = self.console.wait(has(step_phone), timeout=40)
        tmux_lines = self.tmux.wait(has(step_phone), timeout=20)
        self.look(scenario, "next-visitor", ppm, screen, tmux_lines)
        self.results.check(scenario, "a full form for the next visitor", ok and normal(screen.text(like=tmux_lines)) == first,
                           "the form after the success screen is not the first frame again")

    def whole_again(self, scenario, action, command):
        """The form (English, default font), then `command` in the guest: the form must be whole again."""
        words_of = catalogue("en")
        step_phone = words(words_of["stepPhone"])
        options = f"--language en {COMMON_OPTIONS}"
        glyphs = self.start_kiosk(options)
        self.tmux.start(scenario, "en_US.UTF-8", options, glyphs)
        has = lambda find, lines: find(step_phone)
        ppm, screen, ok = self.console.wait(has)
        tmux_form = self.tmux.wait(has)
        self.look(scenario, "before", ppm, screen, tmux_form)
        self.guest.run(command)
        # Right after it, for the record (a console that keeps its display would pass without a repaint).
        _, right_after = self.console.capture()
        print(f"    {right_after.drawn_cells()} cells drawn right after {action} (before: {screen.drawn_cells()})", flush=True)
        ppm, screen, ok = self.console.wait(has, timeout=15)
        self.look(scenario, "after-" + re.sub(r"\W+", "-", action).strip("-").lower(), ppm, screen, tmux_form)
        self.results.check(scenario, f"the form whole again after {action}", ok and not compare(screen, tmux_form),
                           f"{screen.drawn_cells()} cells drawn 15 s after {action}")

    def japanese(self, scenario):
        """`--language ja` on the default font: refused with words, the form in English with no missing glyph; then
        Ctrl-L round the languages never reaches one the font cannot show."""
        step_phone = words(catalogue("en")["stepPhone"])
        options = f"--language ja {COMMON_OPTIONS}"
        glyphs = self.start_kiosk(options)
        self.tmux.start(scenario, "en_US.UTF-8", options, glyphs)
        ppm, screen, ok = self.console.wait(lambda find, lines: find(step_phone))
        tmux_lines = self.tmux.wait(lambda find, lines: find(step_phone))
        self.look(scenario, "language-ja", ppm, screen, tmux_lines)
        journal = self.journal()
        self.results.check(scenario, "--language ja: the English form", ok, f"no “{step_phone}”; journal:\n{journal}")
        # The words go to the unit's stderr, the journal: a line naming the language and saying English instead.
        said = [line for line in journal.splitlines() if re.search(r"\bja\b|Japanese", line) and "English" in line]
        self.results.check(scenario, "--language ja refused with words", bool(said),
                           f"no line about ja and English in the unit's journal:\n{journal}")
        if said:
            print(f"    the journal: {said[0]}", flush=True)
        # Ctrl-L round the languages: never one the font cannot show (every screen whole, as in tmux).
        previous, seen = normal(screen.text()), []
        for turn in range(1, 9):
            self.console.keys(["ctrl-l"])
            self.tmux.keys(["ctrl-l"])
            ppm, screen, ok = self.console.wait(lambda find, lines: True, timeout=6, previous=previous)
            tmux_lines = self.tmux.wait(lambda find, lines: True, timeout=6, previous=normal(tmux_lines))
            self.look(scenario, f"ctrl-l-{turn}", ppm, screen, tmux_lines)
            previous = normal(screen.text())
            seen.append(screen.text()[ROWS - 1].strip())
        print("    the key help after each Ctrl-L: " + " | ".join(seen), flush=True)

    def main(self):
        only = self.arguments.only.split(",")
        started = time.monotonic()
        try:
            self.boot()
            plan = [
                ("en", lambda: self.login("en", "en")),
                ("de", lambda: self.login("de", "de")),
                ("e3", lambda: self.whole_again("e3", "a forced E3", "printf '\\033[3J' > /dev/tty1")),
                ("vt", lambda: self.whole_again("vt", "a VT switch", "chvt 2; sleep 1; chvt 1")),
                ("ja", lambda: self.japanese("ja")),
                ("ru", lambda: self.login("ru", "ru", font="/usr/share/consolefonts/Uni2-Fixed16.psf.gz")),
            ]
            for name, scenario in plan:
                if name not in only:
                    continue
                print(f"==> scenario {name}", flush=True)
                at = time.monotonic()
                try:
                    scenario()
                except GuestError as error:
                    self.results.check(name, "the guest answered", False, str(error))
                except Exception as error:  # a broken step fails its scenario, not the others
                    self.results.check(name, "the scenario ran", False, f"{type(error).__name__}: {error}")
                print(f"    ({time.monotonic() - at:.0f} s)", flush=True)
        except GuestError as error:
            self.results.check("boot", "the guest booted", False, str(error))
        finally:
            self.tmux.close()
            if self.guest:
                self.guest.stop()
            for log in ("console.log", "qemu.log"):
                path = os.path.join(self.arguments.work, log)
                if os.path.exists(path):
                    os.replace(path, os.path.join(self.arguments.results, log))
        passed = sum(1 for c in self.results.checks if c[2])
        summary = [f"console test: {passed} of {len(self.results.checks)} checks passed in "
                   f"{time.monotonic() - started:.0f} s; {self.results.count} screens in {self.arguments.results}"]
        summary += [f"FAILED {failure}" for failure in self.results.failures]
        with open(os.path.join(self.arguments.results, "summary.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(summary) + "\n")
        print("\n".join(summary))
        return 1 if self.results.failures or not self.results.checks else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--locales", required=True)
    parser.add_argument("--only", default="en,de,ru,ja,e3,vt")
    sys.exit(Run(parser.parse_args()).main())
