#!/usr/bin/env python3
"""Generates Sources/PhoneAuthModel/Phone/CountryTable.swift from Google's libphonenumber metadata.

The metadata comes from the `phonenumbers` package (PyPI, pinned in scripts/requirements.txt; Apache-2.0): for
every region, its ISO code, English name, calling code, national (trunk) prefix and the rule for stripping it (with
the national number pattern libphonenumber checks a stripped number against), possible and local-only lengths, the
international (IDD) prefix pattern, and the international formatting patterns. Nothing here is a hand-written rule about a
country: the script only copies and compacts what the metadata says.

Run it from the repository's .venv (made by scripts/python-env.sh):

    "$(bash scripts/python-env.sh)" scripts/generate-countries.py            # rewrites the table
    "$(bash scripts/python-env.sh)" scripts/generate-countries.py --stdout   # prints it (the test compares)
"""

import re
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneMetadata
from phonenumbers.geodata.locale import LOCALE_DATA

from generated_file import emit

try:  # Python 3.11+
    import re._parser as sre_parse
    import re._constants as sre_constants
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse
    import sre_constants

OUTPUT = Path(__file__).resolve().parent.parent / "Sources/PhoneAuthModel/Phone/CountryTable.swift"
# Separators of the compact records: none of them occurs in the metadata (checked below).
FIELD, FORMAT, PART = "¦", "¶", "·"
DIGITS = set("0123456789")
# The three regions the metadata's locale data names in no language: their English names (names only, no rules).
UNNAMED = {"AC": "Ascension Island", "TA": "Tristan da Cunha", "XK": "Kosovo"}


def first_digits(pattern):
    """The digits a string matching `pattern` entirely can start with (regex FIRST set, over digits)."""

    def sequence(items):
        found = set()
        for op, av in items:
            digits, nullable = item(op, av)
            found |= digits
            if not nullable:
                return found, False
        return found, True

    def item(op, av):
        c = sre_constants
        if op == c.LITERAL:
            return {chr(av)} & DIGITS, False
        if op == c.NOT_LITERAL:
            return DIGITS - {chr(av)}, False
        if op == c.ANY:
            return set(DIGITS), False
        if op == c.IN:
            found, negate = set(), False
            for kind, value in av:
                if kind == c.LITERAL:
                    found |= {chr(value)} & DIGITS
                elif kind == c.RANGE:
                    found |= {chr(x) for x in range(value[0], value[1] + 1)} & DIGITS
                elif kind == c.CATEGORY and value == c.CATEGORY_DIGIT:
                    found |= DIGITS
                elif kind == c.NEGATE:
                    negate = True
                else:
                    raise ValueError(f"unexpected class item {kind} in {pattern}")
            return (DIGITS - found if negate else found), False
        if op == c.SUBPATTERN:
            return sequence(av[-1])
        if op == c.BRANCH:
            found, nullable = set(), False
            for branch in av[1]:
                digits, empty = sequence(branch)
                found |= digits
                nullable = nullable or empty
            return found, nullable
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _, inner = av
            digits, empty = sequence(inner)
            return digits, low == 0 or empty
        if op == c.AT:
            return set(), True
        raise ValueError(f"unexpected regex element {op} in {pattern}")

    digits, _ = sequence(sre_parse.parse(pattern))
    return "".join(sorted(digits))


def lengths(values):
    """Possible lengths as `4-15` or `10` or `6,8-10`: runs of consecutive lengths joined."""
    values = sorted(set(v for v in values if v > 0))
    runs, start = [], None
    for index, value in enumerate(values):
        if start is None:
            start = value
        if index + 1 == len(values) or values[index + 1] != value + 1:
            runs.append(str(start) if start == value else f"{start}-{value}")
            start = None
    return ",".join(runs)


def dollars(template):
    """A replacement template in libphonenumber's own `$1` form (the Python package writes `\\1`)."""
    return re.sub(r"\\(\d)", r"$\1", template)


def formats(metadata):
    """The international formats: pattern, format and the last (most precise) leading-digits pattern of each. A
    region without formats of its own uses its calling code's main country's, as libphonenumber does (Canada: the US)."""
    if not metadata.number_format:
        main = phonenumbers.region_code_for_country_code(metadata.country_code)
        if main != metadata.id and main in phonenumbers.SUPPORTED_REGIONS:
            metadata = PhoneMetadata.metadata_for_region(main)
    chosen = metadata.intl_number_format or metadata.number_format
    out = []
    for number_format in chosen:
        if number_format.format == "NA":
            continue
        leading = number_format.leading_digits_pattern[-1] if number_format.leading_digits_pattern else ""
        out.append(PART.join([number_format.pattern, dollars(number_format.format), leading]))
    return FORMAT.join(out)


def record(region):
    metadata = PhoneMetadata.metadata_for_region(region)
    names = LOCALE_DATA.get(region, {})
    name = names.get("en") or UNNAMED.get(region) or region
    if name.startswith("*"):  # "the same as in that language"
        name = names.get(name[1:]) or region
    prefix_for_parsing = metadata.national_prefix_for_parsing or ""
    general = metadata.general_desc
    fields = [
        region,
        str(metadata.country_code),
        name,
        metadata.national_prefix or "",
        prefix_for_parsing,
        dollars(metadata.national_prefix_transform_rule or ""),
        first_digits(general.national_number_pattern) if prefix_for_parsing else "",
        lengths(general.possible_length),
        "1" if metadata.main_country_for_code or not any(
            r != region and PhoneMetadata.metadata_for_region(r).country_code == metadata.country_code
            for r in phonenumbers.SUPPORTED_REGIONS) else "",
        lengths(general.possible_length_local_only),
        # Whether stripping a prefix (or a calling code typed without `+`) leaves a viable number.
        general.national_number_pattern or "",
        metadata.international_prefix or "",
        formats(metadata),
    ]
    for field in fields:
        for separator in (FIELD, FORMAT if field is not fields[-1] else None, PART if field is not fields[-1] else None):
            if separator and separator in field:
                raise ValueError(f"{region}: separator {separator!r} occurs in {field!r}")
        if '"#' in field:
            raise ValueError(f"{region}: the raw string's delimiter occurs in {field!r}")
    return FIELD.join(fields)


def swift_source():
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    lines = [
        "// Generated by scripts/generate-countries.py from libphonenumber's metadata (the `phonenumbers` package",
        f"// {phonenumbers.__version__}, Apache-2.0). Do not edit: change the script and run it again.",
        "",
        "/// The countries' phone rules as libphonenumber's metadata states them, one compact record a country:",
        "/// ISO code ¦ calling code ¦ English name ¦ national prefix ¦ prefix for parsing (regex) ¦ its transform rule ¦",
        "/// digits a national number starts with ¦ possible lengths ¦ main country of its code ¦ local-only lengths ¦",
        "/// national number pattern ¦ international prefix (regex) ¦ formats (pattern · format",
        "/// · leading digits, ¶ between). Read lazily by `Country`: nothing here is parsed or compiled at start-up.",
        "enum CountryTable {",
        "    /// The metadata's version: the `phonenumbers` package the table was generated from.",
        f'    static let metadataVersion = "{phonenumbers.__version__}"',
        "",
        "    /// One record a region, sorted by ISO code.",
        "    static let records: [String] = [",
    ]
    for region in regions:
        lines.append(f'        #"{record(region)}"#,')
    lines += ["    ]", "}", ""]
    return "\n".join(lines)


def main():
    emit(swift_source(), OUTPUT)


if __name__ == "__main__":
    main()
