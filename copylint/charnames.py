"""Names for characters a reader cannot tell apart or cannot see.

A message that quotes a lone apostrophe, a dash or a non-breaking space as itself
(``suggestion: “'”``) says nothing a reader can act on; :func:`describe` names it
("curly apostrophe ’", "non-breaking space (U+00A0)").
"""

from __future__ import annotations

#: characters easily mistaken for one another
CONFUSABLE = {
    "'": "straight apostrophe",
    "\u2019": "curly apostrophe",
    "\u2018": "opening curly quote",
    '"': "straight double quote",
    "\u201c": "opening curly double quote",
    "\u201d": "closing curly double quote",
    "`": "backtick",
    "\u00b4": "acute accent",
    "-": "hyphen",
    "\u2010": "hyphen (U+2010)",
    "\u2011": "non-breaking hyphen",
    "\u2012": "figure dash",
    "\u2013": "en dash",
    "\u2014": "em dash",
    "\u2212": "minus sign",
    "\u2026": "ellipsis",
}

#: characters that do not show, or show as an ordinary space
INVISIBLE = {
    "\u00a0": "non-breaking space",
    "\u202f": "narrow non-breaking space",
    "\u2009": "thin space",
    "\u200a": "hair space",
    "\u2002": "en space",
    "\u2003": "em space",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\u00ad": "soft hyphen",
    "\ufeff": "zero-width no-break space (byte-order mark)",
    "\t": "tab",
}


def name_of(char: str) -> str | None:
    if char in INVISIBLE:
        return f"{INVISIBLE[char]} (U+{ord(char):04X})"
    if char in CONFUSABLE:
        return f"{CONFUSABLE[char]} {char}"
    return None


def describe(text: str) -> str | None:
    """A name for ``text`` when it is one confusable or invisible character, or a word
    holding invisible characters ("“New York” with a non-breaking space (U+00A0)");
    None when the text speaks for itself."""
    if len(text) == 1:
        return name_of(text)
    hidden = [c for c in dict.fromkeys(text) if c in INVISIBLE]
    if hidden:
        shown = "".join(" " if c in INVISIBLE else c for c in text)
        return f"\u201c{shown}\u201d with " + " and ".join(f"a {name_of(c)}" for c in hidden)
    return None
