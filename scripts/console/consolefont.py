"""A Linux console font (PSF 1 or 2, with its Unicode table) and a VGA screen read back against its bitmaps.

The kernel draws a character as the glyph its Unicode map gives it; a character with no glyph as the glyph of U+FFFD
(or an inverse '?' when the font maps no U+FFFD). So a captured screen is read exactly by cutting it into cells of the
font's size and looking each cell's two-colour bitmap up among the glyphs: no OCR. Several characters may share a
glyph (Latin A and Cyrillic А in Uni2): a cell reads as the set of characters its bitmap stands for.
"""

import gzip

PSF1_MAGIC = b"\x36\x04"
PSF2_MAGIC = b"\x72\xb5\x4a\x86"


class ConsoleFont:
    """Glyph bitmaps (one bytes object of `height` rows a glyph, 8 pixels wide) and the Unicode map."""

    def __init__(self, data: bytes):
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        if data[:2] == PSF1_MAGIC:
            mode, size = data[2], data[3]
            count = 512 if mode & 0x01 else 256
            self.height, self.width = size, 8
            offset = 4
            self.glyphs = [data[offset + i * size: offset + (i + 1) * size] for i in range(count)]
            table = data[offset + count * size:] if mode & 0x06 else b""
            self.unicode = self._psf1_table(table, count)
        elif data[:4] == PSF2_MAGIC:
            header = [int.from_bytes(data[i:i + 4], "little") for i in range(4, 32, 4)]
            _, headersize, flags, count, size, height, width = header
            if width > 8:
                raise ValueError(f"fonts {width} pixels wide are not read here")
            self.height, self.width = height, width
            self.glyphs = [data[headersize + i * size: headersize + (i + 1) * size] for i in range(count)]
            table = data[headersize + count * size:] if flags & 1 else b""
            self.unicode = self._psf2_table(table, count)
        else:
            raise ValueError("not a PSF font")
        # Unicode code point -> glyph; bitmap -> the characters drawn with it.
        self.glyph_of = {}
        for index, chars in enumerate(self.unicode):
            for char in chars:
                self.glyph_of.setdefault(char, index)
        self.chars_of_bitmap = {}
        for index, glyph in enumerate(self.glyphs):
            self.chars_of_bitmap.setdefault(glyph, set()).update(self.unicode[index])
        replacement = self.glyph_of.get("\ufffd")
        self.missing_bitmap = self.glyphs[replacement] if replacement is not None else None
        self.blank_bitmap = bytes(self.height)
        self.full_bitmap = bytes([0xff]) * self.height

    @staticmethod
    def _psf1_table(table: bytes, count: int):
        result, index, current = [set() for _ in range(count)], 0, True
        for i in range(0, len(table) - 1, 2):
            value = int.from_bytes(table[i:i + 2], "little")
            if value == 0xFFFF:
                index, current = index + 1, True
                if index >= count:
                    break
            elif value == 0xFFFE:
                current = False  # a sequence follows: not one character
            elif current:
                result[index].add(chr(value))
        return result

    @staticmethod
    def _psf2_table(table: bytes, count: int):
        result, index = [set() for _ in range(count)], 0
        for entry in table.split(b"\xff")[:count]:
            single = entry.split(b"\xfe")[0]
            result[index].update(single.decode("utf-8", "replace"))
            index += 1
        return result

    def with_cursor(self, glyph: bytes) -> bytes:
        """`glyph` as fbcon draws it under its underline cursor: the last two rows inverted."""
        under = self.height - 2
        return glyph[:under] + bytes(b ^ 0xff for b in glyph[under:])

    def under_cursor(self, bitmap: bytes):
        """The glyph that, under the cursor, shows as `bitmap`; None if none."""
        if not hasattr(self, "_cursor_glyphs"):
            self._cursor_glyphs = {}
            for glyph in self.chars_of_bitmap:
                self._cursor_glyphs.setdefault(self.with_cursor(glyph), glyph)
        return self._cursor_glyphs.get(bitmap)

    def has(self, char: str) -> bool:
        """Whether the kernel draws `char` with a glyph of its own (not the missing-glyph mark)."""
        return char in self.glyph_of

    def bitmap(self, char: str):
        """The bitmap the kernel draws for `char`: its glyph, else U+FFFD's, else '?''s."""
        if char == " ":
            return self.glyphs[self.glyph_of[" "]] if " " in self.glyph_of else self.blank_bitmap
        index = self.glyph_of.get(char, self.glyph_of.get("\ufffd", self.glyph_of.get("?")))
        return self.glyphs[index] if index is not None else None


class Cell:
    """One screen cell: its bitmap read with its foreground, the colours, and what it may be."""

    __slots__ = ("bitmap", "colours", "chars", "uniform", "cursor", "raw")

    def __init__(self, bitmap, colours, chars, uniform, cursor=False, raw=()):
        self.bitmap, self.colours, self.chars, self.uniform, self.cursor = bitmap, colours, chars, uniform, cursor
        # The pixels as they are, one bitmap per way of taking a colour as the foreground.
        self.raw = raw or ((bitmap,) if bitmap is not None else ())


class Screen:
    """A screendump (binary PPM) cut into the font's cells."""

    def __init__(self, ppm: bytes, font: ConsoleFont):
        width, height, pixels = read_ppm(ppm)
        self.font = font
        self.columns, self.rows = width // font.width, height // font.height
        self.background = None
        self.cells = []
        counts = {}
        for row in range(self.rows):
            line = []
            for column in range(self.columns):
                cell = self._read_cell(pixels, width, column, row)
                line.append(cell)
                if cell.uniform:
                    counts[cell.colours[0]] = counts.get(cell.colours[0], 0) + 1
            self.cells.append(line)
        self.background = max(counts, key=counts.get) if counts else None

    def _read_cell(self, pixels, width, column, row):
        font = self.font
        rows = []
        for y in range(font.height):
            start = ((row * font.height + y) * width + column * font.width) * 3
            rows.append(pixels[start:start + font.width * 3])
        first = rows[0][:3]
        if all(r == first * font.width for r in rows):
            chars = {" "} | font.chars_of_bitmap.get(font.full_bitmap, set())
            return Cell(font.blank_bitmap, (first,), chars, True)
        colours = []
        for r in rows:
            for x in range(0, font.width * 3, 3):
                colour = r[x:x + 3]
                if colour not in colours:
                    colours.append(colour)
        raw = tuple(bytes(sum(0x80 >> (x // 3) for x in range(0, font.width * 3, 3) if r[x:x + 3] == foreground) for r in rows)
                    for foreground in colours)
        for foreground, bitmap in zip(colours, raw):
            if bitmap in font.chars_of_bitmap:
                other = [c for c in colours if c != foreground]
                return Cell(bitmap, (other[0] if other else foreground, foreground), font.chars_of_bitmap[bitmap], False, raw=raw)
        # The cursor: fbcon's underline XORs the cell's last two rows; read the glyph under it.
        for foreground, bitmap in zip(colours, raw):
            glyph = font.under_cursor(bitmap)
            if glyph is not None:
                other = [c for c in colours if c != foreground]
                return Cell(glyph, (other[0] if other else foreground, foreground), font.chars_of_bitmap[glyph], False, True, raw)
        return Cell(None, tuple(colours), set(), False, raw=raw)

    def _empty(self, c) -> bool:
        """The plain background, or nothing but the cursor on it."""
        if c.uniform:
            return c.colours[0] == self.background
        return self.background in c.colours and self.font.with_cursor(self.font.blank_bitmap) in c.raw

    def is_blank(self) -> bool:
        """Nothing drawn: every cell the screen's background (the cursor aside)."""
        return all(self._empty(c) for line in self.cells for c in line)

    def drawn_cells(self) -> int:
        """Cells that are not the screen's plain background (the cursor aside)."""
        return sum(1 for line in self.cells for c in line if not self._empty(c))

    def low_contrast(self, minimum=4.5):
        """(row, column, ratio, foreground, background) of each drawn character whose two colours differ by less than
        `minimum` (WCAG 2's contrast ratio of their relative luminances), as the console really shows them."""
        found = []
        for y, line in enumerate(self.cells):
            for x, c in enumerate(line):
                if c.uniform or c.bitmap is None or len(c.colours) != 2 or c.bitmap == self.font.blank_bitmap:
                    continue
                ratio = contrast(c.colours[0], c.colours[1])
                if ratio < minimum:
                    found.append((y, x, ratio, c.colours[1].hex(), c.colours[0].hex()))
        return found

    def missing_glyphs(self):
        """(row, column) of each cell drawn as the font's missing-glyph mark (or an unreadable cell)."""
        font = self.font
        found = []
        for y, line in enumerate(self.cells):
            for x, c in enumerate(line):
                if c.bitmap is None or (font.missing_bitmap is not None and c.bitmap == font.missing_bitmap):
                    found.append((y, x))
        return found

    @staticmethod
    def representative(chars, uniform_blank=False):
        if uniform_blank or not chars:
            return " " if uniform_blank else "\ufffd"
        plain = sorted(c for c in chars if c.isprintable())
        for preferred in (lambda c: c.isascii() and c.isalnum(), lambda c: c.isascii(), lambda c: True):
            picks = [c for c in plain if preferred(c)]
            if picks:
                return picks[0]
        return sorted(chars)[0]

    def text(self, like=None):
        """The screen as lines; where a cell may be several characters, the one `like` (tmux's lines) has there."""
        lines = []
        for y, line in enumerate(self.cells):
            out = []
            for x, c in enumerate(line):
                wanted = like[y][x] if like is not None and y < len(like) and x < len(like[y]) else None
                if wanted is not None and self.matches(y, x, wanted):
                    out.append(wanted)
                elif c.uniform and c.colours[0] == self.background:
                    out.append(" ")
                elif c.uniform:
                    out.append(" ")
                elif c.bitmap == self.font.missing_bitmap:
                    out.append("\ufffd")
                else:
                    out.append(self.representative(c.chars))
            lines.append("".join(out).rstrip())
        return lines

    def matches(self, y, x, char) -> bool:
        """Whether cell (y, x) shows what the kernel would draw for `char`."""
        c = self.cells[y][x]
        expected = self.font.bitmap(char)
        if c.uniform:
            # One colour: a blank, a full block, or either under the cursor.
            return char == " " or char in c.chars or (expected is not None and
                                                      self.font.with_cursor(expected) in (self.font.blank_bitmap, self.font.full_bitmap))
        if expected is None:
            return False
        # Under the cursor the glyph's last two rows are inverted.
        return c.bitmap == expected or any(raw in (expected, self.font.with_cursor(expected)) for raw in c.raw)

    def find(self, text: str) -> bool:
        """Whether `text` is drawn somewhere on one row (compared glyph by glyph)."""
        wanted = [self.font.bitmap(ch) for ch in text]
        for line in self.cells:
            bitmaps = [c.bitmap for c in line]
            for x in range(len(bitmaps) - len(wanted) + 1):
                if bitmaps[x:x + len(wanted)] == wanted:
                    return True
        return False


def contrast(one: bytes, other: bytes) -> float:
    """WCAG 2's contrast ratio of two sRGB colours."""
    def luminance(colour):
        channels = []
        for value in colour:
            v = value / 255
            channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def read_ppm(data: bytes):
    """(width, height, RGB bytes) of a binary PPM (P6, maxval 255)."""
    fields, position = [], 0
    while len(fields) < 4:
        while data[position:position + 1].isspace():
            position += 1
        if data[position:position + 1] == b"#":
            position = data.index(b"\n", position) + 1
            continue
        end = position
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    if fields[0] != b"P6" or fields[3] != b"255":
        raise ValueError("not a binary PPM with maxval 255")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[position + 1: position + 1 + width * height * 3]
