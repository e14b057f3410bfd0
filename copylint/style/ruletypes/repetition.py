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
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator

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
    data = text.encode("utf-8", "surrogatepass")
    other = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")  # (its other characters)
    if other.casefold() == other and not other.isspace() and not any(c.isspace() for c in other):
        # they fold to themselves and none is white space: case-folding the text is lowering
        # its ASCII letters, and the table's other characters are replaced in UTF-8
        data = data.lower()
        for ch, utf8, new_utf8 in _OTHER_CHANGES_UTF8:
            if ch in other:  # (a str: ``bytes in bytes`` would try it as an int first)
                data = data.replace(utf8, new_utf8)
        return data.translate(None, _ASCII_GAPS)
    return fingerprint(text).replace(" ", "").encode("utf-8", "surrogatepass")


#: ASCII capitals to small letters (a ``bytes.translate`` table)
_ASCII_LOWER = bytes.maketrans(bytes(range(65, 91)), bytes(range(97, 123)))
#: every ASCII byte (deleted to leave a UTF-8 text's other characters)
_ASCII_BYTES = bytes(range(128))
#: :data:`_OTHER_CHANGES`: (character, it in UTF-8, what it becomes in UTF-8)
_OTHER_CHANGES_UTF8 = tuple((ch, ch.encode("utf-8"), new.encode("utf-8")) for ch, new in _OTHER_CHANGES)


def loose_keys(texts: list[str]) -> list[bytes]:
    """``[loose_key(t) for t in texts]`` in two passes in C: the texts joined by NUL (which
    the key keeps), keyed, then split at it; ASCII texts lowered and cut in bytes, the
    others fingerprinted (character by character, NUL kept inside a word)."""
    joined = "\x00".join(texts)
    if joined.isascii():
        # (lowered and the gaps deleted by one translate: no gap is a letter)
        keys = joined.encode("ascii").translate(_ASCII_LOWER, _ASCII_GAPS).split(b"\x00")
        return keys if len(keys) == len(texts) else [loose_key(text) for text in texts]  # (else a text holds a NUL)
    data = joined.encode("utf-8", "surrogatepass")
    other = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")  # (the characters beyond ASCII)
    if other.casefold() == other and (other.isprintable() or not any(c.isspace() for c in other)):
        # most text beyond ASCII (curly quotation marks, dashes, accented small letters): each
        # text's key is :func:`loose_key`'s for such text, made for all of them at once (a
        # printable character is no white space)
        data = data.lower()
        for ch, utf8, new_utf8 in _OTHER_CHANGES_UTF8:
            if ch in other:
                data = data.replace(utf8, new_utf8)
        keys = data.translate(None, _ASCII_GAPS).split(b"\x00")
        if len(keys) == len(texts):
            return keys
    plain = [text.isascii() for text in texts]
    ascii_keys = loose_keys([text for text, p in zip(texts, plain, strict=True) if p])
    other = [text for text, p in zip(texts, plain, strict=True) if not p]
    other_keys = fingerprint("\x00".join(other)).replace(" ", "").encode("utf-8", "surrogatepass").split(b"\x00")
    if len(other_keys) != len(other):
        other_keys = [loose_key(text) for text in other]
    next_ascii, next_other = iter(ascii_keys).__next__, iter(other_keys).__next__
    return [next_ascii() if p else next_other() for p in plain]


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
        paragraphs_may, sentences_may = self._may_repeat(view)
        if not (paragraphs_may or sentences_may):
            return  # (most articles)
        units = view.units(self.scope)  # (whole segments: a sentence scope is not allowed)
        segments = [u.segment for u in units]
        repeated_paragraphs: set[int] = set()
        if paragraphs_may:
            spans = [(u.start, u.end) for u in units]
            for i in self._later_copies(view, segments, spans, view.unit_word_counts(self.scope), False):
                seg = segments[i]
                repeated_paragraphs.add(id(seg))
                yield self.finding(seg, 0, len(seg.text), (), unit="paragraph", text=_opening(seg.text))
        if not sentences_may:
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

    def _may_repeat(self, view: DocView) -> tuple[bool, bool]:
        """Whether a paragraph, and whether a sentence, of the scope may be reported: only when
        two of them long enough to report (``min_words``) have the same :func:`loose_key`
        (else none is a copy of another, whatever their word counts). The sentences' keys are
        made in one pass in C, and each paragraph's by joining its sentences' (the text between
        sentences is white space, which the key leaves out), before any unit is made; words
        are counted only in the units whose key another has (short ones such as "Image: Jane
        Smith" often repeat). (A sentence of a repeated paragraph is not reported alone: the
        sentences that may be are fewer, never more.)"""
        whole = self.scope.whole
        texts: list[str] = []
        ends: list[int] = []  # where each paragraph's sentences end in texts
        paragraphs: list[Segment] = []
        for seg in view.segments:
            if seg.kind in whole:
                text = seg.text
                texts += [text[s:e] for s, e in view.sentences(seg)]
                ends.append(len(texts))
                paragraphs.append(seg)
        keys = loose_keys(texts)
        sentences_may = paragraphs_may = False
        if self.sentences and len(set(keys)) < len(keys):
            def sentence_words(k: int) -> int:
                p = bisect_right(ends, k)
                return view.sentence_word_counts(paragraphs[p])[k - (ends[p - 1] if p else 0)]

            sentences_may = self._twice_long_enough(keys, sentence_words)
        if self.paragraphs:
            whole_keys = [b"".join(keys[a:b]) for a, b in zip([0, *ends], ends, strict=False)]
            paragraphs_may = len(set(whole_keys)) < len(whole_keys) and self._twice_long_enough(
                whole_keys, lambda p: sum(view.sentence_word_counts(paragraphs[p])))
        return paragraphs_may, sentences_may

    def _twice_long_enough(self, keys: list[bytes], words: Callable[[int], int]) -> bool:
        """Whether two units of ``min_words`` words or more (``words(i)``: the i-th unit's
        count, as :meth:`run` counts it) have the same key (only those can be reported)."""
        times = Counter(keys)
        long = Counter(key for i, key in enumerate(keys) if times[key] > 1 and words(i) >= self.min_words)
        return any(n > 1 for n in long.values())

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
