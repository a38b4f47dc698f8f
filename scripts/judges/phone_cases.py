#!/usr/bin/env python3
"""Prints libphonenumber's verdicts on phone numbers typed the ways people type them, as JSON, for the judges' test
Tests/JudgesEndToEndTests/PhoneNumberJudgeTests.swift.

For every region libphonenumber supports, its example numbers (mobile and fixed-line, from the metadata of the
pinned `phonenumbers` package) are written in each typing form of `forms` (national, national digits only, E.164,
international, after the region's international prefix, the calling code without `+`, `+CC (0) …` where the region
has a national prefix, a `+` number while another country is the default, and with a digit added or removed, which
mostly makes an impossible length), with that region as the default country (except `other default`). The verdict is libphonenumber's: the E.164 number `parse(text, region)` gives, or null when
it does not parse or `is_possible_number` is false.

Output: {"version": "...", "cases": [{"form": ..., "region": ..., "text": ..., "e164": "+..." | null}, ...]}
"""

import itertools
import json
import re
import sys

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat, PhoneNumberType

# Countries whose `+` numbers are typed while another is the default: the first one with another calling code.
OTHER_DEFAULTS = ["US", "DE", "GB", "JP", "BR", "IN", "FR", "RU"]
# International prefixes tried first when the metadata's pattern names no preferred one.
COMMON_PREFIXES = ["00", "011", "010", "0011", "001", "810", "000", "009", "119"]


def international_prefix(metadata):
    """The digits a person in this region dials before a calling code: the metadata's preferred prefix (its `~`,
    wait for a dial tone, dropped), else the first common or shortest digit string its pattern matches entirely."""
    preferred = (metadata.preferred_international_prefix or "").replace("~", "")
    if preferred.isdigit():
        return preferred
    pattern = re.compile(metadata.international_prefix)
    candidates = itertools.chain(COMMON_PREFIXES, ("".join(d) for n in range(1, 7) for d in itertools.product("0123456789", repeat=n)))
    return next(c for c in candidates if pattern.fullmatch(c))


def verdict(text, region):
    """libphonenumber's reading of `text` typed with `region` as the default: E.164, or None (refused)."""
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def digits(text):
    return "".join(c for c in text if c.isdigit())


def forms(region, number):
    """(form, default region, text) for one example number."""
    metadata = PhoneMetadata.metadata_for_region(region)
    code = str(number.country_code)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    after_code = international[len(code) + 1:].lstrip()
    other = next(r for r in OTHER_DEFAULTS if phonenumbers.country_code_for_region(r) != number.country_code)
    yield "national", region, national
    yield "national digits", region, digits(national)
    yield "E.164", region, e164
    yield "international", region, international
    yield "international prefix", region, f"{international_prefix(metadata)} {code} {after_code}"
    yield "calling code, no +", region, f"{code} {after_code}"
    if metadata.national_prefix:
        yield "+CC (0)", region, f"+{code} ({metadata.national_prefix}) {after_code}"
        yield "+CC (0)", region, f"+{code} ({metadata.national_prefix}){digits(after_code)}"
    yield "other default", other, international
    yield "digit added/removed", region, digits(national) + "5"
    yield "digit added/removed", region, digits(national)[:-1]
    yield "digit added/removed", region, e164 + "5"
    yield "digit added/removed", region, e164[:-1]


def main():
    cases = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        examples = []
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None and number not in examples:
                examples.append(number)
        for number in examples:
            for form, default, text in forms(region, number):
                cases.append({"form": form, "region": default, "text": text, "e164": verdict(text, default)})
    json.dump({"version": phonenumbers.__version__, "cases": cases}, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
