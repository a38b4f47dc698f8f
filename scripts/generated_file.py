"""The one way the generators (scripts/generate-*.py) hand over what they make: `--stdout` prints it (the
up-to-date test in GeneratedFileTests compares that with the committed file), otherwise it is written to its file."""

import sys
from pathlib import Path


def emit(source: str, output: Path) -> None:
    """Prints `source` with --stdout on the command line; otherwise writes it to `output` and says so on stderr."""
    if "--stdout" in sys.argv[1:]:
        sys.stdout.write(source)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(source, encoding="utf-8")
    print(f"wrote {output} ({len(source.encode('utf-8'))} bytes)", file=sys.stderr)
