"""Deciding whether a document is written in US or British English."""

from __future__ import annotations

import re

from copylint.document import Document

# Pairs whose spelling differs between the dialects and that are common in news copy.
# -ise/-ize is not among them: British English accepts both.
_GB_US = (
    ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("colour", "color"),
    ("favour", "favor"), ("honour", "honor"), ("labour", "labor"), ("neighbour", "neighbor"),
    ("behaviour", "behavior"), ("centre", "center"), ("theatre", "theater"), ("metre", "meter"),
    ("programme", "program"), ("travelled", "traveled"), ("cancelled", "canceled"),
    ("criticised", "criticized"), ("organisation", "organization"), ("realise", "realize"),
    ("mobilise", "mobilize"), ("analyse", "analyze"), ("catalogue", "catalog"), ("grey", "gray"),
    ("tyre", "tire"), ("kerb", "curb"), ("jewellery", "jewelry"), ("manoeuvre", "maneuver"),
    ("paediatric", "pediatric"), ("oestrogen", "estrogen"), ("aluminium", "aluminum"),
    ("practise", "practice"), ("fulfil", "fulfill"), ("enrol", "enroll"), ("towards", "toward"),
)
_GB = {gb for gb, _ in _GB_US}
_US = {us for _, us in _GB_US if us not in ("practice", "license", "tire", "curb", "meter", "program", "toward")}
_WORD = re.compile(r"[A-Za-z]+")


def detect_dialect(doc: Document, default: str = "en-US") -> str:
    """"en-GB" or "en-US" from the spellings the document uses; ``default`` when it cannot tell."""
    gb = us = 0
    for seg in doc.segments:
        for m in _WORD.finditer(seg.text):
            w = m.group().lower()
            stem = re.sub(r"(s|es|d|ed|ing)$", "", w)
            if w in _GB or stem in _GB:
                gb += 1
            elif w in _US or stem in _US:
                us += 1
    if gb > us:
        return "en-GB"
    if us > gb:
        return "en-US"
    return default
