"""What the grammar rules know about English words: verb forms, parts of speech, the first
sound of words whose spelling misleads, and place names that take no article.

The data lives in ``copylint/grammar/data/`` (built by ``copylint.grammar.build_data``
from lemminflect, the CMU Pronouncing Dictionary, GeoNames and ISO 3166) and is loaded
once per process, on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from itertools import chain
from pathlib import Path

from copylint.datacache import TABLE_MAGIC, SortedTable, cached_bytes, cached_marshal, pack_table, str_dict
from copylint.memo import DecidedOnce

DATA = Path(__file__).resolve().parent / "data"

# Verb-form tags: v base, z 3rd-person singular, d past, p past participle, g -ing.
# Word tags: n noun, N plural noun, j adjective, r adverb.

# be, have and do are not in verbs.tsv: their forms are irregular and closed.
_AUX_FORMS = {
    "be": ("v", "be"), "am": ("", "be"), "is": ("z", "be"), "are": ("", "be"), "was": ("d", "be"),
    "were": ("d", "be"), "been": ("p", "be"), "being": ("g", "be"),
    "have": ("v", "have"), "has": ("z", "have"), "had": ("dp", "have"), "having": ("g", "have"),
    "do": ("v", "do"), "does": ("z", "do"), "did": ("d", "do"), "done": ("p", "do"), "doing": ("g", "do"),
}

MODALS = frozenset("will would can could shall should may might must".split())


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def _verbs() -> tuple[Mapping[str, str], Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, str, str, str, str]]]:
    """(form -> tags, form -> lemmas, lemma -> (base, 3sg, past, participle, -ing))."""
    _VERB_TAGS.clear()
    return cached_bytes("grammar-verbs", [DATA / "verbs.tsv", Path(__file__), TABLE_MAGIC], lambda: _pack(_build_verbs()),
                        _unpack_verbs, use_mmap=True)


# The derived tables are cached as sorted tables (copylint.datacache.SortedTable): a word is
# found by hashing, so a process that looks up a few hundred words builds no dict of
# 22,000 (JSON took ~50 ms of CPU to load). A value's parts are joined by "/" or a tab. The
# files are mapped, not read: a cold check touches a few dozen of their pages (reading the
# 2.7 MB cost some 600 page faults, ~4 ms of system CPU).
def _pack(tables: tuple[dict[str, str] | dict[str, tuple[str, ...]], ...]) -> bytes:
    parts = []
    for table, sep in zip(tables, ("", "/", "\t")[: len(tables)], strict=True):
        packed = pack_table({k: v if isinstance(v, str) else sep.join(v) for k, v in table.items()})
        parts.append(b"%d\n" % len(packed) + packed)
    return b"".join(parts)


def _tables(data: memoryview, count: int) -> list[memoryview]:
    out, pos = [], 0
    for _ in range(count):
        line = bytes(data[pos : pos + 24]).find(b"\n")
        if line < 1:
            raise ValueError("malformed grammar table")
        size = int(bytes(data[pos : pos + line]))
        out.append(data[pos + line + 1 : pos + line + 1 + size])
        pos += line + 1 + size
        if len(out[-1]) != size:
            raise ValueError("malformed grammar table")
    if pos != len(data):
        raise ValueError("malformed grammar table")
    return out


def _forms(value: str) -> tuple[str, str, str, str, str] | None:
    forms = tuple(value.split("\t"))
    return forms if len(forms) == 5 else None  # type: ignore[return-value]


def _unpack_verbs(data: memoryview) -> tuple[SortedTable[str], SortedTable[tuple[str, ...]], SortedTable[tuple[str, str, str, str, str]]]:
    """:func:`_pack`'s bytes as the three tables :func:`_build_verbs` returns (ValueError for
    malformed sizes; a malformed entry reads as absent)."""
    tags, lemmas, table = _tables(data, 3)
    return SortedTable(tags, str), SortedTable(lemmas, lambda v: tuple(v.split("/"))), SortedTable(table, _forms)


def _build_verbs() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, tuple[str, str, str, str, str]]]:
    tags: dict[str, str] = {}
    lemmas: dict[str, tuple[str, ...]] = {}
    table: dict[str, tuple[str, str, str, str, str]] = {}
    for row in _rows("verbs.tsv"):  # a field may hold variants: "canceled/cancelled"
        base = row[0]
        table[base] = tuple(field.split("/")[0] for field in row)  # type: ignore[assignment]
        for field, tag in zip(row, "vzdpg", strict=True):
            for form in field.split("/"):
                if tag not in tags.get(form, ""):
                    tags[form] = tags.get(form, "") + tag
                if base not in lemmas.get(form, ()):
                    lemmas[form] = lemmas.get(form, ()) + (base,)
    for form, (tag, lemma) in _AUX_FORMS.items():
        tags[form] = tag
        lemmas[form] = (lemma,)
    table["be"] = ("be", "is", "was", "been", "being")
    table["have"] = ("have", "has", "had", "had", "having")
    table["do"] = ("do", "does", "did", "done", "doing")
    return tags, lemmas, table


@cache
def _words() -> Mapping[str, str]:
    _WORD_TAGS.clear()
    return cached_bytes("grammar-words", [DATA / "words.tsv", Path(__file__), TABLE_MAGIC],
                        lambda: _pack(({word: tags for word, tags in _rows("words.tsv")},)),
                        lambda data: SortedTable(_tables(data, 1)[0], str), use_mmap=True)


# The rules ask for the same few thousand words' tags over and over (24,000 look-ups per 30,000
# words of news): each answer is remembered, so a look-up of a word seen before reads a dict
# without a call into the table. Emptied when large, and whenever the tables are loaded again.
_MEMO_LIMIT = 50_000
_VERB_TAGS = DecidedOnce(lambda word: _verbs()[0].get(word, ""), _MEMO_LIMIT)
_WORD_TAGS = DecidedOnce(lambda word: _words().get(word, ""), _MEMO_LIMIT)


#: ``verb_tags(word)``: the verb-form tags of a lowercase word ("" when it is no verb form), and
#: ``word_tags(word)``: its noun/adjective/adverb tags. Each is its memo's own look-up, so that a
#: call (some 18,000 per 30,000 words) runs in C, without a Python frame of its own.
verb_tags: Callable[[str], str] = _VERB_TAGS.__getitem__
word_tags: Callable[[str], str] = _WORD_TAGS.__getitem__


def is_noun(word: str) -> bool:
    """A lowercase word the lexicon knows as a noun, singular or plural."""
    tags = word_tags(word)
    return "n" in tags or "N" in tags


def is_adjective_only(word: str) -> bool:
    """A lowercase word the lexicon knows as an adjective and never as a noun ("true"; not
    "fine", also a noun)."""
    tags = word_tags(word)
    return "j" in tags and "n" not in tags and "N" not in tags


def lemmas(word: str) -> tuple[str, ...]:
    """The base forms a verb form belongs to ("took" -> ("take",))."""
    return _verbs()[1].get(word, ())


def verb_form(lemma: str, tag: str) -> str | None:
    """The form of ``lemma`` for one tag (v, z, d, p, g), or None for an unknown verb."""
    forms = _verbs()[2].get(lemma)
    return forms["vzdpg".index(tag)] if forms else None


def is_distinct_past(word: str) -> bool:
    """A past-tense form that is nothing else: not a base form, a participle, a noun or an
    adjective ("took", "went"; not "found", "left", "rose", "broke")."""
    tags = verb_tags(word)
    return tags == "d" and not word_tags(word)


def is_past(word: str) -> bool:
    """Any past-tense form that is not also a base form ("took", "increased", "left")."""
    tags = verb_tags(word)
    return "d" in tags and "v" not in tags


@cache
def _small_tables() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, str]]:
    """(sounds, places by first word, place kinds) as :func:`sounds`, :func:`places` and
    :func:`place_kinds` give them: built from the TSV files (some 7 million instructions a
    cold start), or loaded from their ``marshal`` copy in the derived-data cache (a fraction
    of that), checked before use (copylint.datacache.cached_marshal)."""
    return cached_marshal("grammar-small", [DATA / "sounds.tsv", DATA / "places.tsv", Path(__file__)],
                          _build_small_tables, _small_tables_shape)


def _build_small_tables() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, str]]:
    sounds = {word: kind for word, kind in _rows("sounds.tsv")}
    rows = _rows("places.tsv")
    by_first: dict[str, set[str]] = {}
    for name, _kind in rows:
        by_first.setdefault(name.split(" ")[0], set()).add(name)
    places = {first: frozenset(names) for first, names in by_first.items()}
    return sounds, places, {name: kind for name, kind in rows}


def _small_tables_shape(value: object) -> bool:
    """Whether a stored value has exactly the types :func:`_build_small_tables` returns (a
    tampered file can change the data, never the kinds of object a rule gets)."""
    if type(value) is not tuple or len(value) != 3:
        return False
    sounds, places, kinds = value
    return (str_dict(sounds) and str_dict(kinds) and type(places) is dict and set(map(type, places)) <= {str}
            and set(map(type, places.values())) <= {frozenset}
            and set(map(type, chain.from_iterable(places.values()))) <= {str})


@cache
def sounds() -> dict[str, str]:
    """word -> "a" | "an" | "either" for words whose first letter misleads about their sound."""
    return _small_tables()[0]


@cache
def places() -> dict[str, frozenset[str]]:
    """First word -> full names of places that take no article ("New" -> {"New Zealand", ...})."""
    return _small_tables()[1]


@cache
def place_kinds() -> dict[str, str]:
    """Full place name -> "country" | "capital" | "city" (the places that take no article)."""
    return _small_tables()[2]
