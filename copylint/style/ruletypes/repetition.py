"""``repetition``: the same paragraph or sentence twice in one article (a copy-paste slip).

Keys: ``units`` (``paragraph`` and/or ``sentence``; default both), ``min_words`` (shorter
units are ignored: "Thank you." may well be said twice; default 6), ``skip_quotations``
(default true: a repeated sentence is left alone when one of its copies is wholly quoted
speech, or is a pull quote, i.e. a paragraph holding only the sentence and an attribution
such as "Jane Smith, NASA Administrator"; repeating a quotation is usually deliberate).
Units are compared ignoring case, punctuation, quote style and spacing. The second and
later copies are flagged; when a whole paragraph is repeated it is flagged once, not
sentence by sentence (paragraphs are compared whatever their quotation marks).
The headline repeated in the body is ``structure.duplicate-headline``'s business.
Message fields: ``{unit}`` ("paragraph" or "sentence"), ``{text}`` (its first words).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from copylint.checks.base import Finding
from copylint.document import Segment
from copylint.style.rule import StyleRule
from copylint.style.schema import Field, Spec, as_bool, as_count, choice_list
from copylint.style.scopes import DocView

#: what follows the quotation in a pull quote: a name, maybe a comma and a title
_ATTRIBUTION = re.compile(r"\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}(?:,\s+[^.!?\n]{1,50})?\.?\s*")


_PUNCTUATION = dict.fromkeys(map(ord, "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~\u2018\u201c\u201d\u201e\u2013\u2014\u2026\u00ab\u00bb"), " ")
_PUNCTUATION.update(dict.fromkeys(map(ord, "'\u2019\u02bc-\u2010\u2011\u00ad"), None))  # joiners inside words
_FOLD = str.maketrans(_PUNCTUATION)


#: the ASCII part of the table, for bytes.translate (much faster than str.translate's dict)
_ASCII_SPACES = bytes(k for k, v in _PUNCTUATION.items() if k < 128 and v == " ")
_ASCII_TABLE = bytes.maketrans(_ASCII_SPACES, b" " * len(_ASCII_SPACES))
_ASCII_DELETE = bytes(k for k, v in _PUNCTUATION.items() if k < 128 and v is None)
#: the rest of the table: (character, what it becomes), for str.replace
_OTHER_CHANGES = tuple((chr(k), v or "") for k, v in _PUNCTUATION.items() if k >= 128)


def fingerprint(text: str) -> str:
    """The text's words, case-folded, without punctuation (quote style, apostrophes and
    spacing drop out)."""
    if text.isascii():  # (case-folding ASCII is lower-casing it; the same table, on bytes)
        return " ".join(text.lower().encode("ascii").translate(_ASCII_TABLE, _ASCII_DELETE).decode("ascii").split())
    # ``text.casefold().translate(_FOLD)``, without a dictionary look-up per character: the
    # table's few other characters replaced, then its ASCII part applied to the UTF-8 bytes
    # (whose ASCII bytes are the ASCII characters; "surrogatepass" keeps a lone surrogate of a
    # badly decoded file)
    folded = text.casefold()
    for ch, new in _OTHER_CHANGES:
        if ch in folded:
            folded = folded.replace(ch, new)
    return " ".join(folded.encode("utf-8", "surrogatepass").translate(_ASCII_TABLE, _ASCII_DELETE)
                    .decode("utf-8", "surrogatepass").split())


#: ASCII bytes that fingerprinting turns into a space, deletes, or splits words at (str.isspace)
_ASCII_GAPS = _ASCII_SPACES + _ASCII_DELETE + bytes(c for c in range(128) if chr(c).isspace())


def loose_key(text: str) -> bytes:
    """The text's fingerprint without its spaces, in UTF-8: two texts with the same
    fingerprint have the same loose key, and it is several times cheaper to make for ASCII
    text (no splitting into words)."""
    if text.isascii():
        return text.lower().encode("ascii").translate(None, _ASCII_GAPS)
    return fingerprint(text).replace(" ", "").encode("utf-8", "surrogatepass")


def loose_keys(texts: list[str]) -> list[bytes]:
    """``[loose_key(t) for t in texts]``; ASCII texts in one pass in C (joined by NUL, which
    the key keeps, then split at it)."""
    joined = "\x00".join(texts)
    if joined.isascii():
        keys = joined.lower().encode("ascii").translate(None, _ASCII_GAPS).split(b"\x00")
        if len(keys) == len(texts):  # (else a text holds a NUL itself)
            return keys
    return [loose_key(text) for text in texts]


def _opening(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" \u2026" if len(parts) > words else "")


class Repetition(StyleRule):
    FIELDS = {
        "units": Field(choice_list(("paragraph", "sentence"))),
        "min_words": Field(as_count),
        "skip_quotations": Field(as_bool),
    }
    MESSAGE_FIELDS = ("unit", "text")
    DEFAULT_SCOPE = ("paragraph", "list_item")
    ALLOWED_SCOPES = ("headline", "heading", "paragraph", "list_item", "blockquote", "caption", "front_matter",
                      "table_cell", "body", "document")

    def setup(self, spec: Spec) -> None:
        units = spec.get("units", ("paragraph", "sentence"))
        self.paragraphs = "paragraph" in units
        self.sentences = "sentence" in units
        self.min_words = spec.get("min_words", 6)
        self.skip_quotations = spec.get("skip_quotations", True)

    def _quotation(self, view: DocView, seg: Segment, start: int, end: int) -> bool:
        """Whether this copy is wholly quoted speech or a pull quote."""
        if not self.skip_quotations:
            return False
        if view.quoted_share(seg, start, end) >= 0.95:
            return True
        return end < len(seg.text) and _ATTRIBUTION.fullmatch(seg.text, end) is not None

    def run(self, view: DocView) -> Iterator[Finding]:
        units = view.units(self.scope)  # (whole segments: a sentence scope is not allowed)
        segments = [u.segment for u in units]
        repeated_paragraphs: set[int] = set()
        if self.paragraphs:
            spans = [(u.start, u.end) for u in units]
            for i in self._later_copies(view, segments, spans, view.unit_word_counts(self.scope), False):
                seg = segments[i]
                repeated_paragraphs.add(id(seg))
                yield self.finding(seg, 0, len(seg.text), (), unit="paragraph", text=_opening(seg.text))
        if not self.sentences:
            return
        owners: list[Segment] = []  # each sentence's paragraph
        spans = []
        counts: list[int] = []
        for seg in segments:
            if id(seg) not in repeated_paragraphs:
                found = view.sentences(seg)
                owners.extend([seg] * len(found))
                spans.extend(found)
                counts.extend(view.sentence_word_counts(seg))
        for i in self._later_copies(view, owners, spans, counts, True):
            seg, (start, end) = owners[i], spans[i]
            yield self.finding(seg, start, end, (), unit="sentence", text=_opening(seg.text[start:end]))

    def _later_copies(self, view: DocView, segments: list[Segment], spans: list[tuple[int, int]], counts: list[int],
                      sentence: bool) -> Iterator[int]:
        """The indices of the second and later copies among the units (in document order: the
        i-th is ``spans[i]`` of ``segments[i]``, of ``counts[i]`` words). Texts are only
        fingerprinted when another unit has the same number of words (copies do) and the same
        :func:`loose_key`, so an article without repeats costs one (shared) word count per
        unit and a loose key per unit of a common length."""
        times = Counter(counts)
        least = self.min_words
        # the units whose word count another unit has
        picked = [i for i, n in enumerate(counts) if n >= least and times[n] > 1]
        if len(picked) < 2:
            return
        candidates = []  # (index, text) of those units
        for i in picked:
            seg, (start, end) = segments[i], spans[i]
            candidates.append((i, seg.text if start == 0 and end == len(seg.text) else seg.text[start:end]))
        # a unit whose loose key no other candidate has has no copy and is the copy of none
        loose = loose_keys([text for _, text in candidates])
        shared = Counter(loose)
        if len(shared) == len(loose):
            return  # (most articles: no two candidates alike)
        first: dict[str, int] = {}  # fingerprint -> its first copy
        first_quoted: dict[str, bool] = {}  # fingerprint -> whether its first copy is a quotation (when asked)
        known: dict[str, str] = view.cache.setdefault("fingerprints", {})  # type: ignore[assignment]
        for (i, text), loosely in zip(candidates, loose, strict=True):
            if shared[loosely] < 2:
                continue
            key = known.get(text)  # a one-sentence paragraph is fingerprinted once
            if key is None:
                key = known[text] = fingerprint(text)
            original = first.get(key)
            if original is None:
                first[key] = i
                continue
            # only copies are judged for quotation (most units have none)
            if sentence and self._quotation(view, segments[i], *spans[i]):
                continue
            quoted = first_quoted.get(key)
            if quoted is None:
                quoted = first_quoted[key] = sentence and self._quotation(view, segments[original], *spans[original])
            if not quoted:
                yield i
