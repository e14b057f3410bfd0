"""Simple chunks over a tagged sentence: noun phrases with their head and number, verb
groups with their tense and person."""

from __future__ import annotations

from collections.abc import Sequence

from copylint.grammar.tagging.results import Chunk, Tagged

_NP_INNER = frozenset("DT PDT PRP$ WP$ CD JJ JJR JJS NN NNS NNP NNPS POS HYPH VBN VBG RBS RBR $".split())
_NOUNS = frozenset("NN NNS NNP NNPS".split())
_PRONOUNS = {
    "i": ("sg", 1), "me": ("sg", 1), "we": ("pl", 1), "us": ("pl", 1), "you": (None, 2),
    "he": ("sg", 3), "him": ("sg", 3), "she": ("sg", 3), "her": ("sg", 3), "it": ("sg", 3),
    "they": ("pl", 3), "them": ("pl", 3), "this": ("sg", 3), "that": ("sg", 3),
    "these": ("pl", 3), "those": ("pl", 3),
}
_VG_INNER = frozenset("MD VB VBD VBG VBN VBP VBZ TO".split())
_VG_ADVERBS = frozenset("not n't never also still just already always often even only really probably yet ever".split())


def _noun_phrase(tagged: Sequence[Tagged], k: int) -> Chunk | None:
    t = tagged[k]
    low = t.text.lower()
    if t.tag in ("PRP", "EX") or (t.tag == "DT" and t.upos == "PRON" and low in _PRONOUNS):
        number, person = _PRONOUNS.get(low, (None, 3))
        if t.tag == "EX":
            number = None
        return Chunk("NP", k, k + 1, k, number, person, None, None)
    if t.tag not in _NP_INNER or t.tag in ("POS", "HYPH", "VBN", "VBG", "RBS", "RBR"):
        return None
    j = k
    last_noun = -1
    while j < len(tagged) and tagged[j].tag in _NP_INNER:
        tag = tagged[j].tag
        if tag in ("VBN", "VBG") and not (j + 1 < len(tagged) and tagged[j + 1].tag in _NOUNS | {"JJ"}):
            break  # a participle inside a noun phrase modifies what follows
        if tag == "POS":
            last_noun = -1  # "the company's shares": the head comes after
        if tag in _NOUNS:
            last_noun = j
        j += 1
    if last_noun < 0:
        if j > k and tagged[j - 1].tag == "CD":
            return Chunk("NP", k, j, j - 1, "sg" if tagged[j - 1].text.lower() in ("one", "1") else "pl", 3, None, None)
        if j == k + 1 and t.tag == "DT" and t.upos == "PRON":
            return Chunk("NP", k, j, k, None, 3, None, None)
        return None
    end = last_noun + 1
    while end < len(tagged) and tagged[end].tag in _NOUNS:
        end += 1
    head = end - 1
    number = "pl" if tagged[head].tag in ("NNS", "NNPS") else "sg"
    return Chunk("NP", k, end, head, number, 3, None, None)


def _verb_group(tagged: Sequence[Tagged], k: int) -> Chunk | None:
    if tagged[k].tag not in _VG_INNER or tagged[k].tag == "TO" and not (
        k + 1 < len(tagged) and tagged[k + 1].tag == "VB"
    ):
        return None
    j = k
    verbs = []
    while j < len(tagged):
        tag = tagged[j].tag
        if tag in _VG_INNER and (tag != "TO" or j == k):
            verbs.append(j)
        elif not (tag in ("RB", "RBR") and tagged[j].text.lower().replace("\u2019", "'") in _VG_ADVERBS and verbs):
            break
        j += 1
    while j > k and tagged[j - 1].tag.startswith("RB"):
        j -= 1  # trailing adverbs belong to what follows
    first = tagged[verbs[0]]
    head = verbs[-1]
    number = person = None
    if first.tag == "MD":
        tense = "future" if first.lemma in ("will", "shall") else "modal"
    elif first.tag in ("VBZ", "VBP"):
        tense = "present"
        if first.tag == "VBZ":
            number, person = "sg", 3
    elif first.tag == "VBD":
        tense = "past"
    else:
        tense = "nonfinite"
    return Chunk("VG", k, j, head, number, person, tense, verbs[0] if tense != "nonfinite" else None)


def chunks(tagged: Sequence[Tagged]) -> list[Chunk]:
    """Noun phrases and verb groups, left to right, not overlapping; other tokens belong to
    no chunk."""
    out: list[Chunk] = []
    k = 0
    while k < len(tagged):
        chunk = _verb_group(tagged, k) or _noun_phrase(tagged, k)
        if chunk is None:
            k += 1
            continue
        out.append(chunk)
        k = chunk.end
    return out
