"""British and American spelling pairs: the dialect word lists.

Built once (with the lexicon) from codespell's curated British-to-American list and from
regular spelling patterns applied to the dictionary's words, each generated form kept only
when wordfreq shows it in real use (so "colour", "criticise", "travelled", "fibre",
"paediatric" are found, but "tour" is not taken for a British "tor").

-ize/-ise is special: British English accepts both ("organize" is Oxford spelling), so the
-ize forms are marked :data:`IZE` and never reported in British copy, while -ise forms are
British-only and reported in American copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copylint.records import record

#: Irregular pairs that no pattern produces (British, American).
IRREGULAR = (
    ("tyre", "tire"), ("tyres", "tires"), ("kerb", "curb"), ("kerbs", "curbs"), ("cheque", "check"),
    ("cheques", "checks"), ("plough", "plow"), ("ploughs", "plows"), ("ploughed", "plowed"),
    ("pyjamas", "pajamas"), ("jewellery", "jewelry"), ("jeweller", "jeweler"), ("jewellers", "jewelers"),
    ("cosy", "cozy"), ("aeroplane", "airplane"), ("aeroplanes", "airplanes"), ("sceptic", "skeptic"),
    ("sceptics", "skeptics"), ("sceptical", "skeptical"), ("scepticism", "skepticism"),
    ("smoulder", "smolder"), ("smouldering", "smoldering"), ("moult", "molt"), ("draught", "draft"),
    ("draughts", "drafts"), ("woollen", "woolen"), ("wilful", "willful"), ("wilfully", "willfully"),
    ("instalment", "installment"), ("instalments", "installments"), ("distil", "distill"),
    ("instil", "instill"), ("yoghurt", "yogurt"), ("moustache", "mustache"), ("mould", "mold"),
    ("mouldy", "moldy"), ("programmes", "programs"), ("pretence", "pretense"), ("offence", "offense"),
    ("offences", "offenses"), ("defence", "defense"), ("defences", "defenses"), ("licence", "license"),
    ("licences", "licenses"), ("practise", "practice"), ("practised", "practiced"), ("practising", "practicing"),
    ("ageing", "aging"), ("grey", "gray"), ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"),
    ("manoeuvring", "maneuvering"), ("manoeuvred", "maneuvered"), ("storey", "story"), ("storeys", "stories"),
    ("foetus", "fetus"), ("foetuses", "fetuses"), ("foetal", "fetal"), ("oestrogen", "estrogen"), ("faeces", "feces"),
    ("oesophagus", "esophagus"), ("anaemia", "anemia"),
)

#: British -re words (American -er); their inflections are generated.
RE_WORDS = (
    "centre", "metre", "litre", "theatre", "fibre", "sabre", "sombre", "spectre", "lustre", "meagre", "calibre",
    "epicentre", "sceptre", "saltpetre", "reconnoitre", "goitre", "nitre", "mitre", "lacklustre", "amphitheatre",
    "kilometre", "centimetre", "millimetre", "millilitre", "manoeuvre", "sepulchre", "ochre", "accoutre",
)

#: American forms that are also correct British English in another sense or use
#: ("a tire" no, but "to tire" yes; a computer "program"; a parking "meter"; the verb
#: "license"; the noun "practice"), so they are never reported in British copy.
AMBIGUOUS_US = frozenset(
    """tire tires tired tiring curb curbs curbed check checks checked checking story stories draft drafts
    drafted drafting program programs programmed programming programmer programmers meter meters license
    licensed licenses licensing practice practices ton tons disk disks inquiry inquiries gray dialog dialogs
    analog judgment judgments acknowledgment acknowledgments aging math specialty specialties routing
    writable lambaste lambastes mold molds plow focused focuses focusing refocused refocuses refocusing
    biased sulfur sulfate sulfates sulfide sulfuric fetus fetuses fetal artifact artifacts yogurt
    jail""".split()
)
#: British forms that are also used in American copy, or pairs that are not dialect pairs.
AMBIGUOUS_GB = frozenset(
    """writeable overwriteable lambast lambasts routeing storey storeys grey timbre timbres analyses paralyses
    amour daemon daemons refilled dialogue dialogues""".split()
)

# Derived endings of the verb families, in the order they are tried.
_IZE = re.compile(r"^(?P<stem>[a-z]{3,})iz(?P<end>e|ed|es|ing|ation|ations|ational|er|ers|able|ability)$")
_YZE = re.compile(r"^(?P<stem>[a-z]{2,})yz(?P<end>e|ed|es|ing|er|ers)$")
_OR = re.compile(r"^(?P<stem>[a-z]*[aeiouy][a-z]*[a-z])or(?P<end>|s|ed|ing|ful|fully|ite|ites|able|ably|less|er|ers|ism|ist|ists|al|ally|hood|hoods|y|ies)$")
_EL = re.compile(r"^(?P<stem>[a-z]*[aeiou][^aeiou]+[aeiou])l(?P<end>ed|ing|er|ers)$")
_AE = re.compile(r"(?<=[hmnpdst])e(?=[dmnst])")

# How far a generated British form's use may exceed the American form's in wordfreq (which
# counts both dialects) before the pair is taken for two different words.
_MARGIN = 0.3
_MIN_ZIPF = 1.8


@record(frozen=True)
class Pair:
    gb: str
    us: str
    ize: bool  # an -ize/-ise pair: the American form is also correct (Oxford) British spelling


def _ok(gb: str, us: str, zipf: dict[str, float], margin: float = _MARGIN) -> bool:
    g, u = zipf.get(gb, 0.0), zipf.get(us, 0.0)
    return g >= _MIN_ZIPF and u > 0 and u >= g - margin


# (American pattern, British middle, how far the British form's use may exceed the American's, -ize pair)
_PATTERNS = (
    (_IZE, "is", 1.0, True),  # organize -> organise
    (_YZE, "ys", 1.0, False),  # analyze -> analyse
    (_OR, "our", _MARGIN, False),  # color -> colour
    (_EL, "ll", 1.0, False),  # traveled -> travelled
)


def _generated(words: Iterable[str], zipf: dict[str, float]) -> Iterable[Pair]:
    for us in words:
        for pattern, middle, margin, ize in _PATTERNS:
            m = pattern.match(us)
            if m and _ok(gb := f"{m['stem']}{middle}{m['end']}", us, zipf, margin):
                yield Pair(gb, us, ize)
                break
        m = _AE.search(us) if len(us) >= 6 else None
        if m:
            for vowel in "ao":  # pediatric -> paediatric, estrogen -> oestrogen
                gb = us[: m.start()] + vowel + us[m.start():]
                if _ok(gb, us, zipf):
                    yield Pair(gb, us, False)


def _re_pairs(zipf: dict[str, float]) -> Iterable[Pair]:
    for word in RE_WORDS:
        stem = word[:-2]
        us_stem = stem.replace("oe", "e") + "er"
        for gb, us in ((word, us_stem), (word + "s", us_stem + "s"), (stem + "red", us_stem + "ed"),
                       (stem + "ring", us_stem + "ing")):
            if zipf.get(gb, 0.0) > 0 and zipf.get(us, 0.0) > 0:
                yield Pair(gb, us, False)


def dialect_pairs(dictionary: Iterable[str], zipf: dict[str, float], listed: Iterable[tuple[str, str]]) -> dict[str, Pair]:
    """British form -> :class:`Pair`, from the curated ``listed`` pairs, the irregular ones
    and the regular patterns applied to ``dictionary``."""
    pairs: dict[str, Pair] = {}
    for gb, us in (*listed, *IRREGULAR, *((p.gb, p.us) for p in _re_pairs(zipf))):
        if gb in AMBIGUOUS_GB or gb == us:
            continue
        ize = "iz" in us and us.replace("iz", "is") == gb
        pairs.setdefault(gb, Pair(gb, us, ize))
    for pair in _generated(sorted(dictionary), zipf):
        if pair.gb not in AMBIGUOUS_GB and pair.gb not in pairs:
            pairs[pair.gb] = pair
    return pairs


_ISE = re.compile(r"^(?P<stem>[a-z]{3,})is(?P<end>e|ed|es|ing|ation|ations|ational|er|ers|able)$")


def ize_form(word: str) -> str | None:
    """The -ize form of a British -ise word ("mobilise" -> "mobilize"), or None."""
    if "is" not in word:  # (most words: the pattern needs it, and would try every split first)
        return None
    m = _ISE.match(word)
    return f"{m['stem']}iz{m['end']}" if m else None
