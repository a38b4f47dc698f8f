#!/usr/bin/env python3
"""Writes the Debian copyright file (machine-readable format 1.0) for the phone-login package.

Usage: copyright.py CHECKOUTS_DIR [DATA_NOTE_FILE]  > copyright

/usr/bin/phone-login links the Swift runtime, Foundation (with ICU's data) and every Swift package in
CHECKOUTS_DIR statically; each gets a paragraph naming its licence, read from the package's own LICENSE file, with
its NOTICE file (the third-party code it bundles, e.g. BoringSSL) reproduced. Nothing here is written by hand per
dependency: a new dependency shows up by itself.
"""
import pathlib
import re
import sys


def indent(text: str) -> str:
    """A text as a copyright field's continuation lines: each line indented, empty lines as ' .'."""
    lines = []
    for line in text.rstrip().splitlines():
        line = line.rstrip()
        lines.append(" ." if not line.strip() else " " + line)
    return "\n".join(lines)


def licence_of(directory: pathlib.Path) -> tuple[str, str]:
    """The SPDX name and the text of a checkout's licence file."""
    for name in ("LICENSE.txt", "LICENSE", "LICENSE.md", "COPYING"):
        path = directory / name
        if path.exists():
            text = path.read_text(errors="replace")
            if "Apache License" in text and "Version 2.0" in text:
                return "Apache-2.0", text
            if "Permission is hereby granted" in text:
                return "MIT", text
            return "other", text
    raise SystemExit(f"copyright.py: no licence file in {directory}")


def main() -> None:
    checkouts = pathlib.Path(sys.argv[1])
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: phone-login",
        "Comment: /usr/bin/phone-login links in, statically, the Swift runtime and Foundation (Swift 6) and the Swift",
        " packages listed below; its dynamic dependencies (libc6, libncursesw6, libstdc++6, libgcc-s1) carry their own",
        " copyright files.",
        "",
        "Files: *",
        "Copyright: 2026 The phone-login developers",
        "License: Apache-2.0",
        "",
        "Files: usr/bin/phone-login",
        "Copyright: 2014-2026 Apple Inc. and the Swift project authors",
        "License: Apache-2.0 with Runtime Library Exception",
        "Comment: The Swift standard library, Concurrency, Dispatch and Foundation, linked in statically.",
        "",
        "Files: usr/bin/phone-login",
        "Copyright: 1991-2024 Unicode, Inc.",
        "License: Unicode-3.0",
        "Comment: ICU's data and code, inside Foundation (swift-foundation-icu).",
        "",
        "Files: usr/bin/phone-login",
        "Copyright: 1995-2026 Jean-loup Gailly and Mark Adler",
        "License: Zlib",
        "Comment: zlib, inside the Swift toolchain's static Foundation.",
    ]
    texts = {}
    for directory in sorted(p for p in checkouts.iterdir() if p.is_dir()):
        spdx, text = licence_of(directory)
        copyright_lines = sorted({m.strip() for m in re.findall(r"Copyright \(c\)[^\n]*", text, flags=re.I)})
        paragraph = [
            "",
            "Files: usr/bin/phone-login",
            "Copyright: " + (copyright_lines[0].removeprefix("Copyright (c) ").removeprefix("Copyright (C) ")
                             if copyright_lines else f"the {directory.name} authors"),
            f"License: {spdx if spdx != 'other' else directory.name}",
            f"Comment: the Swift package {directory.name}, linked in statically.",
        ]
        notice = directory / "NOTICE.txt"
        if notice.exists():
            paragraph.append(" Its NOTICE.txt:")
            paragraph.append(" .")
            paragraph.append(indent(notice.read_text(errors="replace")))
        out += paragraph
        if spdx != "Apache-2.0":
            texts[spdx if spdx != "other" else directory.name] = text
    if len(sys.argv) > 2:
        out += ["", pathlib.Path(sys.argv[2]).read_text().rstrip()]
    out += [
        "",
        "License: Apache-2.0",
        " On Debian systems, the full text of the Apache License, Version 2.0 is in",
        " /usr/share/common-licenses/Apache-2.0.",
        "",
        "License: Apache-2.0 with Runtime Library Exception",
        " On Debian systems, the full text of the Apache License, Version 2.0 is in",
        " /usr/share/common-licenses/Apache-2.0.",
        " .",
        " Runtime Library Exception to the Apache 2.0 License:",
        " .",
        " As an exception, if you use this Software to compile your source code and",
        " portions of this Software are embedded into the binary product as a result,",
        " you may redistribute such product without providing attribution as would",
        " otherwise be required by Sections 4(a), 4(b) and 4(d) of the License.",
        "",
        "License: Zlib",
        " This software is provided 'as-is', without any express or implied warranty. In no",
        " event will the authors be held liable for any damages arising from the use of this",
        " software.",
        " .",
        " Permission is granted to anyone to use this software for any purpose, including",
        " commercial applications, and to alter it and redistribute it freely, subject to the",
        " following restrictions:",
        " .",
        " 1. The origin of this software must not be misrepresented; you must not claim that",
        " you wrote the original software. If you use this software in a product, an",
        " acknowledgment in the product documentation would be appreciated but is not required.",
        " 2. Altered source versions must be plainly marked as such, and must not be",
        " misrepresented as being the original software.",
        " 3. This notice may not be removed or altered from any source distribution.",
        "",
        "License: Unicode-3.0",
        " UNICODE LICENSE V3. Permission is hereby granted, free of charge, to any person",
        " obtaining a copy of data files and any associated documentation (the \"Data Files\")",
        " or software and any associated documentation (the \"Software\") to deal in the Data",
        " Files or Software without restriction, including without limitation the rights to",
        " use, copy, modify, merge, publish, distribute, and/or sell copies of the Data Files",
        " or Software, and to permit persons to whom the Data Files or Software are furnished",
        " to do so, provided that either (a) this copyright and permission notice appear with",
        " all copies of the Data Files or Software, or (b) this copyright and permission",
        " notice appear in associated Documentation.",
        " .",
        " THE DATA FILES AND SOFTWARE ARE PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND,",
        " EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,",
        " FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD PARTY RIGHTS.",
    ]
    for name, text in sorted(texts.items()):
        out += ["", f"License: {name}", indent(text)]
    sys.stdout.write("\n".join(out) + "\n")


main()
