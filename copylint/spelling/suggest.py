"""Ranking corrections for how people mistype.

Each candidate gets ``weight(edit) x frequency``: the weight is how likely that kind of slip
is (a noisy-channel error model), the frequency how likely the word is (wordfreq). Swapped
neighbours and doubled or undoubled letters are the commonest slips, then a vowel for a
vowel and a key next to the intended one; an unrelated letter is rare. So "seige" is
"siege" (a swap) before "seize" (g for z, keys apart), though "seize" is the commoner word.

The same scores decide whether a word that some source has seen is a misspelling at all
(see :mod:`copylint.spelling.speller`): a word is suspect when a known word one slip away
is far more likely than the word itself.
"""

from __future__ import annotations

from copylint.records import record

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_POS = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
VOWELS = frozenset("aeiouy")
# letters that stand for the same sound, so one is written for the other
_SOUNDS = frozenset({("c", "k"), ("c", "s"), ("s", "z"), ("g", "j"), ("i", "y"), ("f", "v"), ("m", "n"), ("d", "t")})

TRANSPOSE = 1.0
DOUBLE = 1.0  # a letter doubled or undoubled
APOSTROPHE = 0.8  # "youll" for "you'll"
SPACE = 0.8  # "alot" for "a lot": two words run together
VOWEL = 0.6
ADJACENT = 0.5  # a key next to the intended one
DROPPED_VOWEL = 0.4
EXTRA_ADJACENT = 0.4  # an extra letter next to its neighbour on the keyboard
SOUND = 0.3
DROPPED = 0.25
EXTRA = 0.1
OTHER = 0.05
TWO_EDITS = 0.01


def adjacent(a: str, b: str) -> bool:
    """Neighbouring keys on a QWERTY keyboard."""
    pa, pb = _POS.get(a), _POS.get(b)
    if pa is None or pb is None:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0 and a != b


def _substitution(intended: str, typed: str) -> float:
    if intended in VOWELS and typed in VOWELS:
        return VOWEL
    if adjacent(intended, typed):
        return ADJACENT
    if (intended, typed) in _SOUNDS or (typed, intended) in _SOUNDS:
        return SOUND
    return OTHER


def edit_weight(typo: str, word: str) -> float:
    """How likely ``word`` was typed as ``typo`` (both lowercase): one of the weights above
    for a single slip, :data:`TWO_EDITS` (scaled) for two, 0.0 for more."""
    lt, lw = len(typo), len(word)
    if lt == lw:
        diffs = [i for i in range(lt) if typo[i] != word[i]]
        if len(diffs) == 1:
            i = diffs[0]
            return _substitution(word[i], typo[i])
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if typo[i] == word[i + 1] and typo[i + 1] == word[i]:
                return TRANSPOSE
    elif lt == lw + 1:  # typo has an extra letter
        best = 0.0
        for i in range(lt):
            if typo[:i] + typo[i + 1:] == word:
                extra = typo[i]
                if (i > 0 and typo[i - 1] == extra) or (i + 1 < lt and typo[i + 1] == extra):
                    best = max(best, DOUBLE)
                elif (i > 0 and adjacent(typo[i - 1], extra)) or (i + 1 < lt and adjacent(typo[i + 1], extra)):
                    best = max(best, EXTRA_ADJACENT)
                else:
                    best = max(best, EXTRA)
        if best:
            return best
    elif lt == lw - 1:  # typo lacks a letter
        best = 0.0
        for i in range(lw):
            if word[:i] + word[i + 1:] == typo:
                missing = word[i]
                if (i > 0 and word[i - 1] == missing) or (i + 1 < lw and word[i + 1] == missing):
                    best = max(best, DOUBLE)
                elif missing == "'":
                    best = max(best, APOSTROPHE)
                elif missing == " ":
                    best = max(best, SPACE)
                elif missing in VOWELS:
                    best = max(best, DROPPED_VOWEL)
                else:
                    best = max(best, DROPPED)
        if best:
            return best
    d = distance(typo, word)
    if d == 2:
        return TWO_EDITS * (3.0 if sorted(typo) == sorted(word) else 1.0)
    return 0.0


def distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (a swap of neighbours counts as one edit), capped at ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) >= limit:
            return limit
        prev2, prev = prev, cur
    return min(prev[-1], limit)


@record(frozen=True, slots=True)
class Candidate:
    word: str
    weight: float  # the error model's likelihood of the slip
    zipf: float

    @property
    def score(self) -> float:
        return self.weight * 10 ** self.zipf


def rank(typo: str, candidates: dict[str, float]) -> list[Candidate]:
    """``candidates`` (word -> Zipf frequency) as :class:`Candidate` best first, dropping
    those more than two edits away."""
    out = []
    for word, zipf in candidates.items():
        weight = edit_weight(typo, word)
        if weight > 0:
            out.append(Candidate(word, weight, zipf))
    out.sort(key=lambda c: (-c.score, c.word))
    return out


def match_case(word: str, model: str) -> str:
    """``word`` written in the capitalisation of ``model`` (Title, UPPER or lower)."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
