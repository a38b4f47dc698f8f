#!/usr/bin/env python3
"""Generates Sources/PhoneAuthModel/Phone/CountryNames.swift: every country's name in every language the screens
speak, from CLDR's territory names, each language's list in that language's alphabetical order.

The names come from CLDR as the `babel` package carries it (PyPI, pinned in scripts/requirements.txt; CLDR is under
the Unicode licence). The countries are the regions of libphonenumber's metadata (the `phonenumbers` package, the
same list scripts/generate-countries.py writes into CountryTable.swift). The order is worked out here, once, so the
program needs no collation at run time:

- English, German, French, Spanish, Portuguese and Russian by the Unicode Collation Algorithm's default table (the
  `pyuca` package, DUCET 10.0.0), which is CLDR's root collation and the one those languages use (Spanish's own
  rule, ñ after n, changes no name's place: none has an ñ where it would);
- Japanese as CLDR's Japanese collation does: kana by their sounds (the default table), the long-vowel mark ー as
  the vowel it lengthens (スーダン after スイス and スウェーデン, as in a dictionary), kanji after the kana in
  JIS X 0208 order (by reading), which is the order of their EUC-JP codes;
- Simplified Chinese as CLDR's default Chinese collation does: Han characters by pinyin (the `pypinyin` package),
  syllable, then tone.

Both Japanese and Chinese compare character by character on the first level (the characters' default-table primary
weights, or the kanji's or Han character's place), then by the default table's full key.

Run it from the repository's .venv (made by scripts/python-env.sh):

    "$(bash scripts/python-env.sh)" scripts/generate-country-names.py            # rewrites the table
    "$(bash scripts/python-env.sh)" scripts/generate-country-names.py --stdout   # prints it (the test compares)
"""

import unicodedata
from pathlib import Path

import babel
import phonenumbers
import pypinyin
from babel import Locale
from babel.core import get_cldr_version
from pyuca.collator import Collator_10_0_0

from generated_file import emit

OUTPUT = Path(__file__).resolve().parent.parent / "Sources/PhoneAuthModel/Phone/CountryNames.swift"
# The screens' languages (Sources/PhoneAuthModel/Language/Language.swift): the Swift case, its tag, CLDR's locale.
LANGUAGES = [
    ("english", "en", "en"),
    ("german", "de", "de"),
    ("french", "fr", "fr"),
    ("spanish", "es", "es"),
    ("brazilianPortuguese", "pt-BR", "pt_BR"),
    ("russian", "ru", "ru"),
    ("japanese", "ja", "ja"),
    ("simplifiedChinese", "zh-Hans", "zh_Hans"),
]
# The separator of code and name: it occurs in no name (checked below).
FIELD = "¦"
COLLATOR = Collator_10_0_0()


def is_han(character):
    return unicodedata.name(character, "").startswith("CJK UNIFIED IDEOGRAPH")


def primaries(character):
    """A character's primary weights in the default table (its letter, no accents or case)."""
    key = COLLATOR.sort_key(character)
    return key[:key.index(0)] if 0 in key else key


def ideographic_key(name, han_weights):
    """Character by character: anything but Han by its primary weights, then Han by `han_weights` (one weight for each
    character of a run of Han characters); then the whole name's default key."""
    key, start = [], 0
    while start < len(name):
        end = start + 1
        while end < len(name) and is_han(name[end]) == is_han(name[start]):
            end += 1
        run = name[start:end]
        key += [(1, weight) for weight in han_weights(run)] if is_han(run[0]) else [(0, primaries(character)) for character in run]
        start = end
    return key, COLLATOR.sort_key(name)


def pinyin_weights(run):
    """Each character's pinyin, then tone, then the character: CLDR's Chinese order. A run is read at once, so a
    character with two readings is read as the phrase it stands in (秘鲁 is bì lǔ)."""
    readings = pypinyin.pinyin(run, style=pypinyin.Style.TONE3, neutral_tone_with_five=True)
    if len(readings) != len(run) or not all(reading[-1:].isdigit() for (reading,) in readings):
        raise ValueError(f"no pinyin for each character of {run!r}: {readings}")
    # ü is written v: after u, as in the dictionaries' order (lu, luan, lun, luo, lü).
    return [(reading[:-1].replace("v", "u\uffff"), int(reading[-1]), character) for character, (reading,) in zip(run, readings)]


def jis_weights(run):
    """Each kanji's place in JIS X 0208 (its EUC-JP code): CLDR's Japanese order, by reading."""
    return [character.encode("euc_jp") for character in run]


VOWELS = {"A": "ア", "I": "イ", "U": "ウ", "E": "エ", "O": "オ"}


def long_vowels_spelt(name):
    """Each ー written as the vowel of the kana before it (ガーナ → ガアナ): what CLDR's Japanese order compares first."""
    spelt = ""
    for character in name:
        before = unicodedata.name(spelt[-1], "") if spelt else ""
        vowel = before[-1] if before.startswith("KATAKANA LETTER") and before != "KATAKANA LETTER N" else ""
        spelt += VOWELS.get(vowel, character) if character == "ー" else character
    return spelt


def sort_key(tag, name):
    if tag == "zh-Hans":
        return ideographic_key(name, pinyin_weights)
    if tag == "ja":
        spelt, whole = ideographic_key(long_vowels_spelt(name), jis_weights)
        return spelt, COLLATOR.sort_key(name)
    return COLLATOR.sort_key(name)


def names(locale, regions):
    territories = Locale.parse(locale).territories
    found = {}
    for region in regions:
        name = territories.get(region)
        if not name:
            raise ValueError(f"CLDR ({locale}) has no name for {region}")
        name = unicodedata.normalize("NFC", name)
        for bad in (FIELD, '"""#', "\n", "\\"):
            if bad in name:
                raise ValueError(f"{locale} {region}: {bad!r} occurs in {name!r}")
        found[region] = name
    return found


def swift_source():
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    lines = [
        f"// Generated by scripts/generate-country-names.py from CLDR {get_cldr_version()}'s territory names (the `babel` package",
        f"// {babel.__version__}; Unicode licence) for the regions of libphonenumber's metadata (`phonenumbers` {phonenumbers.__version__}).",
        "// Do not edit: change the script and run it again.",
        "",
        "/// Every country's name in each language the screens speak, as CLDR gives it: one list a language, a line",
        "/// `code¦name` a country, in that language's alphabetical order (CLDR's collation, worked out by the generator:",
        "/// none at run time). Read lazily by `CountryNameList`: only a language in use is parsed, once.",
        "enum CountryNames {",
        "    /// The CLDR release the names come from.",
        f'    static let cldrVersion = "{get_cldr_version()}"',
    ]
    for case, tag, locale in LANGUAGES:
        found = names(locale, regions)
        ordered = sorted(regions, key=lambda region: (sort_key(tag, found[region]), region))
        lines += ["", f"    /// The names in {tag}, in its order.", f'    static let {case} = #"""']
        lines += [f"        {region}{FIELD}{found[region]}" for region in ordered]
        lines += ['        """#']
    lines += ["}", ""]
    return "\n".join(lines)


def main():
    emit(swift_source(), OUTPUT)


if __name__ == "__main__":
    main()
