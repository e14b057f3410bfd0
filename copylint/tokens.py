"""The one tokeniser: words, numbers, URLs and sentences in prose text.

Every check that needs words or sentences gets them here, as spans of a segment's
prose text, so a token's ``start``/``end`` can be reported as they are.
"""

from __future__ import annotations

import re
import string
from _thread import allocate_lock
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import accumulate, repeat, starmap
from operator import itemgetter

# (Token, a named tuple, lives in a plain module: this one is compiled, see copylint.native)
from copylint.token_tuple import APOSTROPHES, HYPHENS, Token

_URL = r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"\u201c\u201d]*[^\s<>\"\u201c\u201d.,;:!?)\]}'\u2019]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"(?<![\w@])(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|co|uk|int|info)\b(?:/[^\s]*[^\s.,;:!?)])?"
_HANDLE = r"(?<![\w@])@\w+"
_HASHTAG = r"(?<![\w#&])#\w+"
# numbers with currency, separators and unit or magnitude suffixes: 750, 5,000m, £600m, 2bn, 82nd, 1990s
_NUMBER = r"[£$€¥]?\d(?:[\d,.:/]*\d)?(?:[%°]|[a-z\u00b5]{1,4}\b)?"
# The suffix letters as the whole pattern matches them without regard to case (re.IGNORECASE
# folds İ ı ſ K and the Greek mu in too), spelled out: the scanners below match case-sensitively
# (twice as fast), with only the URL, e-mail, domain, handle and hashtag branches in (?i:...)
# (tests/test_fast_paths.py checks every character class of the scanners against _TOKEN's).
_SUFFIX_LETTERS = "a-zA-Z\u00b5\u0130\u0131\u017f\u039c\u03bc\u212a"
# (in the scanners each ``(?:X)?`` is ``(?:X|)``: the same match, see _CASED_WORD)
_CASED_NUMBER = (_NUMBER.replace("[a-z\\u00b5]", f"[{_SUFFIX_LETTERS}]")
                 .replace("*\\d)?", "*\\d|)").replace("\\b)?", "\\b|)"))
_APOS = re.escape(APOSTROPHES)
_JOINERS = re.escape(APOSTROPHES + HYPHENS)
# initialisms written with full stops: U.S., U.K., a.m.
_ABBREV = r"(?<![\w.])(?:[^\W\d_]\.){2,}"
# letters and combining marks, joined by apostrophes or hyphens inside the word
_LETTER = r"[^\W\d_]"
_WORD = (
    rf"{_LETTER}[\w\u0300-\u036f\u200c\u200d]*"
    rf"(?:[{_JOINERS}][\w\u0300-\u036f]+)*"
    rf"(?:(?<=s)[{_APOS}](?![\w]))?"
)

_BRANCHES = (("url", _URL), ("email", _EMAIL), ("domain", _DOMAIN), ("handle", _HANDLE), ("hashtag", _HASHTAG),
             ("abbrev", _ABBREV), ("number", _NUMBER), ("word", _WORD))
#: The whole pattern, the reference the scanners below must agree with.
_TOKEN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _BRANCHES), re.IGNORECASE)
# A branch can match only where its literal is: "://" or "www." (url), "@" (email, handle), "#"
# (hashtag), a dot before a top-level domain (domain). Text without them is scanned by a
# pattern without those branches: the same tokens, with less tried at every word.
# (The hints start with a full stop, so the search looks for it as a literal: fast.)
_DOMAIN_HINT = re.compile(r"\.(?<=[a-z0-9-]\.)(?:com|org|net|gov|edu|io|co|uk|int|info)\b", re.IGNORECASE)
# "www." in any case: only W and w lower-case to w, so this is "www." in text.lower()
_WWW = re.compile(r"\.(?<=[wW][wW][wW]\.)")
_SPECIAL = frozenset({"url", "email", "domain", "handle", "hashtag"})
# Likewise a number needs a digit, and initials with full stops need "X.Y." (most paragraphs
# have none: the word branch alone is tried, and the scan skips what cannot start a word).
_DIGIT = re.compile(r"\d")
_ABBREV_HINT = re.compile(r"\.[^\W\d_]\.")
#: a full stop where any of the three hints above is (it matches where one of them does;
#: tests/test_token_scanners.py checks). The domain and initials hints need a letter after
#: the full stop (every top-level domain, in any case, starts with one): looked for first, so
#: a sentence's full stop before a space fails at once instead of trying each domain.
_DOT_HINTS = re.compile(r"\.(?:(?<=[wW][wW][wW]\.)|(?=[^\W\d_])(?:(?i:(?<=[a-z0-9-]\.)"
                        r"(?:com|org|net|gov|edu|io|co|uk|int|info)\b)|[^\W\d_]\.))")
_OPTIONAL = _SPECIAL | {"number", "abbrev"}


# ... and the word branch's possessive "s" (the whole pattern's "s" is also S and long s: MILITIAS').
# Its repeats are possessive in the scanners (what follows them is optional, so they never
# give back what they took: the same words, with less bookkeeping). Each optional part
# ``(?:X)?`` is written ``(?:X|)``, the same match (greedy: X first, then nothing), which ``re``
# runs as a branch instead of a counted repeat (whose bookkeeping it paid at every word); the
# branch skips at once when the next character cannot start X, so X starts with its character
# class: the joined parts with a joiner (the first written out before the possessive repeat of
# the rest: the branch could give back what the repeat keeps only if something after it
# failed, and all after it is optional) and the possessive apostrophe before its look-behind.
_CASED_WORD = (rf"{_LETTER}[\w\u0300-\u036f\u200c\u200d]*+"
               rf"(?:[{_JOINERS}][\w\u0300-\u036f]++(?:[{_JOINERS}][\w\u0300-\u036f]++)*+|)"
               rf"(?:[{_APOS}](?<=[sS\u017f][{_APOS}])(?![\w])|)")
_CASELESS = {"url", "email", "domain", "handle", "hashtag"}  # branches with letters in them
_SCANNER_BRANCHES = tuple((name, f"(?i:{pattern})" if name in _CASELESS else {"number": _CASED_NUMBER, "word": _CASED_WORD}
                           .get(name, pattern)) for name, pattern in _BRANCHES)


def _needed(text: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """Which optional branches ``text`` may need: (url, e-mail or handle, hashtag, domain,
    number, abbreviation)."""
    # The three hints at a full stop are searched for together first (one pass over the text
    # where most paragraphs have none), then, where one is found, each alone.
    if "." in text and _DOT_HINTS.search(text) is not None:
        www, domain, abbrev = (_WWW.search(text) is not None, _DOMAIN_HINT.search(text) is not None,
                               _ABBREV_HINT.search(text) is not None)
    else:
        www = domain = abbrev = False
    return "://" in text or www, "@" in text, "#" in text, domain, has_digit(text), abbrev


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (``\\d``): the text is searched for each of the
    ten ASCII digits (fast substring searches, written out: ``in`` costs a third of a call of
    ``__contains__``), then, if it is not ASCII, with the pattern."""
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text
            or "7" in text or "8" in text or "9" in text or (not text.isascii() and _DIGIT.search(text) is not None))


#: A token as :func:`token_list` holds it: a plain ``(text, start, end, kind)`` tuple, the
#: fields of :class:`Token` in order (made by ``zip``, without Token's constructor: a token
#: costs a third as much). Unpack it, or index it with these:
TEXT, START, END, KIND = range(4)
TokenRow = tuple[str, int, int, str]


#: What the Unicode classes hold of ASCII, as the insides of character classes (``\\s`` holds
#: the separators \\x1c-\\x1f too, which ``re.ASCII`` would leave out)
_ASCII_CLASSES = {"\\w": "0-9A-Za-z_", "\\d": "0-9", "\\s": "\\t-\\r\\x1c- "}
_ASCII_LETTERS = "A-Za-z"  # [^\\W\\d_]


def _plain(pattern: str) -> str:
    """``pattern`` (a scanner branch) for ASCII text: the Unicode classes spelled out in ASCII
    (``\\w`` is ``0-9A-Za-z_``, ``\\d`` is ``0-9``, ``\\s`` takes ``\\x1c``-``\\x1f`` too, as ``str.isspace`` does),
    so ``re`` tests a character against a table instead of the Unicode database. On ASCII
    text it matches what ``pattern`` matches (tests/test_text_fast_paths.py checks each class
    on every ASCII character)."""
    pattern = pattern.replace("[^\\W\\d_]", f"[{_ASCII_LETTERS}]")
    out = []
    depth = 0  # inside a character class
    i = 0
    size = len(pattern)
    while i < size:
        piece = _PLAIN_PIECE.match(pattern, i).group()  # type: ignore[union-attr]  # (every position starts a piece)
        ch = piece[0]
        i += len(piece)
        if ch == "\\":
            ascii_class = _ASCII_CLASSES.get(piece)
            if piece in ("\\W", "\\D", "\\S"):
                raise ValueError(f"no ASCII form for {piece} in {pattern!r}")
            out.append(piece if ascii_class is None else ascii_class if depth else f"[{ascii_class}]")
        elif ch == "[" and not depth:
            depth = 1
            out.append(ch)
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":  # a "]" first in a class is a character
                out.append("]")
                i += 1
        elif ch == "]" and depth:
            depth = 0
            out.append(ch)
        else:
            out.append(piece)
    return "".join(out)


#: what :func:`_plain` reads at a time: an escape (a backslash and the character after it), a
#: bracket, or a run of other characters (copied as they are)
_PLAIN_PIECE = re.compile(r"\\.?|[\[\]]|[^\\\[\]]+", re.DOTALL)


_CLASS_ITEM = re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|[^\\]")
#: a class's items up to its closing "]" (:data:`_CLASS_ITEM`'s items, the first "]" ending it)
_CLASS_REST = re.compile(r"(?:\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\.|[^\\\]])*\]")


def _code(item: str) -> int:
    """The character a class item (one character, or an escape) stands for."""
    if item.startswith(("\\u", "\\x")):
        return int(item[2:], 16)
    return ord(item[-1])


def _ascii(pattern: str) -> str:
    """:func:`_plain`, and every character class without its characters beyond ASCII (no
    ASCII text holds them), so that ``re`` tests a character against one table of bits where
    a class with a wider character walks a list of ranges and characters."""
    out: list[str] = []
    rest = _plain(pattern)
    while True:
        m = re.search(r"(?<!\\)\[(\^?)(\]?)", rest)  # a class ("]" first in it is a character)
        if m is None:
            return "".join(out) + rest
        out.append(rest[:m.start()])
        # the class's items, to its closing "]" (not the items of the whole rest: one class
        # at a time, the pattern is read once, not once a class)
        end = _CLASS_REST.match(rest, m.end())
        items = _CLASS_ITEM.findall(rest, m.end(), end.end() if end is not None else len(rest))
        if m.group(2):
            items.insert(0, "]")
        kept, k = [], 0
        while items[k] != "]" or (k == 0 and m.group(2)):
            if k + 2 < len(items) and items[k + 1] == "-" and items[k + 2] != "]":
                low, high = _code(items[k]), _code(items[k + 2])
                if high < 128:
                    kept.append(f"{items[k]}-{items[k + 2]}")
                elif low < 128:
                    raise ValueError(f"a class range across the end of ASCII in {pattern!r}")
                k += 3
                continue
            if _code(items[k]) < 128:
                kept.append(items[k])
            k += 1
        if not kept:
            raise ValueError(f"a class of no ASCII character in {pattern!r}")
        out.append(f"[{m.group(1)}{''.join(kept)}]")
        rest = rest[m.end() + sum(map(len, items[:k + 1])) - len(m.group(2)):]


class _Splitter:
    """A scanner's branches as groups for ``re.split``, which hands back the matched text
    and the text between as strings (no match object per token): with one branch, its one
    group; with several, the whole match (group 1), then each branch's."""

    __slots__ = ("pattern", "kinds", "stride", "by_groups", "by_first")

    def __init__(self, pattern: re.Pattern[str], kinds: tuple[str, ...], stride: int, by_groups: dict[object, str],
                 by_first: dict[str, str]) -> None:
        self.pattern = pattern
        self.kinds = kinds  # the branches' names, in order
        self.stride = stride  # items ``split`` gives per token: the text before it, then its groups
        #: a token's branch groups -> its kind: the tuple of them ('' for the branch that matched,
        #: None for the others) or, with two branches, the first group alone
        self.by_groups = by_groups
        #: a token's first character -> its kind, when that names it (then ``split`` gives no
        #: branch groups: ``stride`` is 2)
        self.by_first = by_first


@lru_cache(maxsize=256)
def _splitter(needed: frozenset[str], ascii_only: bool) -> _Splitter:
    """The token pattern's branches with only the optional ones in ``needed`` (order kept; ``ascii_only``:
    their ASCII forms, for ASCII text), matching what :data:`_TOKEN` matches, for :func:`_rows`."""
    branches = [(name, pattern) for name, pattern in _SCANNER_BRANCHES if name not in _OPTIONAL or name in needed]
    kinds = tuple(name for name, _ in branches)
    # The source is put together from its parts, each in its ASCII form for ASCII text: the
    # form of the whole is the forms of its parts put together (:func:`_ascii` reads each
    # character class and escape alone, and no part ends inside one), and a part's form is
    # made once a process, not once for each splitter that holds it.
    form = _ascii_form if ascii_only else _same
    if len(branches) == 1:
        return _Splitter(re.compile(f"({form(branches[0][1])})"), kinds, 2, {}, {})
    if kinds == ("number", "word") and ascii_only:
        # in ASCII text a number starts with a digit or "$", a word with a letter: the token's
        # first character names its kind, and the branches need no marker groups
        source = form(_FIRSTS) + "|".join(form(_DISPATCHED[name]) for name in kinds) + "))"
        by_first = dict.fromkeys("0123456789$", "number") | dict.fromkeys(string.ascii_letters, "word")
        return _Splitter(re.compile(source), kinds, 2, {}, by_first)
    # an empty group after each branch marks the one that matched
    if set(kinds) <= _DISPATCHED.keys():
        # each branch as its first character and the rest, after one class that holds every
        # first character (a pattern that starts with a class, not an alternation, lets
        # ``re`` skip to where a token can start)
        source = form(_FIRSTS) + "|".join(f"{form(_DISPATCHED[name])}()" for name in kinds) + "))"
    else:
        source = "(" + "|".join(f"(?:{form(pattern)})()" for _, pattern in branches) + ")"
    if len(kinds) == 2:
        by_groups: dict[object, str] = {"": kinds[0], None: kinds[1]}
    else:
        by_groups = {tuple("" if j == k else None for j in range(len(kinds))): kind for k, kind in enumerate(kinds)}
    return _Splitter(re.compile(source), kinds, len(branches) + 2, by_groups, {})


#: how a dispatched source starts: the class of every branch's first character, then the branches
_FIRSTS = "([\\w£$€¥](?:"


@lru_cache(maxsize=64)
def _ascii_form(part: str) -> str:
    """:func:`_ascii` of a part of a splitter's source (a branch, or :data:`_FIRSTS`), once a process."""
    return _ascii(part)


def _same(part: str) -> str:
    return part


def _after_first(pattern: str, first: str) -> str:
    assert pattern.startswith(first), pattern
    return pattern[len(first):]


#: The branches that start with one character of a class, as the rest after that character
#: (checked behind it): abbreviation, number and word, matching where the branches match.
_DISPATCHED = {
    # _ABBREV, (?<![\w.])(?:[^\W\d_]\.){2,}: a full stop after a letter with no word character
    # or full stop before it, ... (the full stop first: a branch that starts with a character is
    # passed over at once where the text has another)
    "abbrev": "\\.(?<=[^\\W\\d_]\\.)(?<![\\w.]..)(?:[^\\W\\d_]\\.)+",
    # [£$€¥]?\d...: a currency sign and a digit, or a digit, then the rest
    "number": "(?:\\d(?<=[£$€¥]\\d)|(?<=\\d))" + _after_first(_CASED_NUMBER, "[£$€¥]?\\d"),
    "word": "(?<=[^\\W\\d_])" + _after_first(_CASED_WORD, "[^\\W\\d_]"),
}


def _splitter_for(text: str) -> _Splitter:
    key = (*_needed(text), text.isascii())
    found = _SPLITTERS.get(key)
    if found is None:
        url, at, hashtag, domain, number, abbrev, ascii_only = key
        needed = {name for name, wanted in (("url", url), ("email", at), ("handle", at), ("hashtag", hashtag),
                                            ("domain", domain), ("number", number), ("abbrev", abbrev)) if wanted}
        found = _SPLITTERS[key] = _splitter(frozenset(needed), ascii_only)
    return found


#: which optional branches a text needs, and whether it is ASCII -> its splitter
_SPLITTERS: dict[tuple[bool, ...], _Splitter] = {}


def _rows(text: str) -> tuple[TokenRow, ...]:
    """All tokens of ``text`` in order, as plain tuples (see :data:`TokenRow`)."""
    return _rows_and_texts(text)[0]


def _rows_and_texts(text: str) -> tuple[tuple[TokenRow, ...], list[str]]:
    """:func:`_rows`, and the tokens' texts (the list ``split`` gave them in: for
    :func:`token_texts`, free here).

    ``split`` gives the text between tokens and each token's text (and, with several
    branches, each branch's marker group: '' for the one that matched, None for the others);
    a token starts where the lengths of everything before it add up to, and ends where they
    add up to with its own: the running sums, taken two at a time (start, end) from one
    iterator, and all of it is done by C-level maps."""
    return _split_rows(_splitter_for(text), text)


def _split_rows(splitter: _Splitter, text: str) -> tuple[tuple[TokenRow, ...], list[str]]:
    """:func:`_rows_and_texts` of ``text`` with ``splitter`` (one that has the branches it needs)."""
    parts = splitter.pattern.split(text)
    stride = splitter.stride
    if stride == 2:  # [between, token, between, token, ..., between]
        texts = parts[1::2]
        pieces = parts
        kinds: Iterable[str] = (map(splitter.by_first.__getitem__, map(_FIRST, texts)) if splitter.by_first
                                else repeat(splitter.kinds[0]))
    else:  # [between, token, its branch groups ..., between, ...]
        texts = parts[1::stride]
        pieces = [""] * (2 * len(texts) + 1)
        pieces[0::2] = parts[0::stride]
        pieces[1::2] = texts
        # a token's branch groups, one a string and the others None, name its kind (with
        # two branches the first group alone does)
        if len(splitter.kinds) == 2:
            kinds = map(splitter.by_groups.__getitem__, parts[2::stride])
        else:
            kinds = map(splitter.by_groups.__getitem__, zip(*(parts[2 + k::stride] for k in range(len(splitter.kinds))), strict=True))
    ends = accumulate(map(len, pieces))  # where each piece ends (and the next starts)
    # (not strict: ``texts`` runs out first, leaving the end of the last piece in ``ends``)
    return tuple(zip(texts, ends, ends, kinds, strict=False)), texts


_NEW = tuple.__new__
_FIRST = itemgetter(0)


def tokens(text: str) -> Iterator[Token]:
    """All tokens of ``text`` in order."""
    return starmap(_NEW, zip(repeat(Token), _rows(text)))


#: segment text -> its tokens. Inside :func:`document_memo` (the engine lints each document in
#: one) it holds every segment of the document, however many, and is emptied after it;
#: outside one it is a small memo emptied when it grows past ``_LOOSE_LIMIT`` entries.
_MEMO: dict[str, tuple[TokenRow, ...]] = {}
#: segment text -> its tokens' texts (:func:`token_texts`), kept beside :data:`_MEMO` (filled
#: with it; a segment whose tokens came from elsewhere, an editor buffer's memo, has none)
_TEXTS: dict[str, list[str]] = {}
_LOOSE_LIMIT = 1024
_open_documents = 0
_COUNT_LOCK = allocate_lock()  # (threading.Lock itself, without importing threading)


def token_list(text: str) -> tuple[TokenRow, ...]:
    """The tokens of ``text`` as plain ``(text, start, end, kind)`` tuples (:data:`TokenRow`:
    :func:`tokens` makes :class:`Token` of the same), memoised: the checks of one document
    (spelling, grammar, dialect) tokenise each segment once between them."""
    found = _MEMO.get(text)
    if found is None:
        if not _open_documents and len(_MEMO) >= _LOOSE_LIMIT:
            _MEMO.clear()
            _TEXTS.clear()
        found, _TEXTS[text] = _rows_and_texts(text)
        _MEMO[text] = found
    return found


def token_texts(text: str) -> list[str]:
    """The texts of :func:`token_list`'s tokens, in order (do not change the list): the
    tokeniser has them in a list already, so a caller that looks each token's text up
    (the spelling notes, one dictionary lookup a token) need not take them out of the rows
    one by one."""
    found = _TEXTS.get(text)
    if found is None:
        rows = token_list(text)
        found = _TEXTS.get(text)
        if found is None:  # (tokens from an editor buffer's memo)
            if not _open_documents and len(_TEXTS) >= _LOOSE_LIMIT:
                _TEXTS.clear()
            found = _TEXTS[text] = [row[0] for row in rows]  # (row[TEXT])
    return found


def clear_memos() -> None:
    """Empty the memos of :func:`token_list`, :func:`token_texts` and :func:`sentences` (the
    benchmarks clear them before each article, to count its tokenising)."""
    _MEMO.clear()
    _TEXTS.clear()
    _SENTENCE_MEMO.clear()


@contextmanager
def document_memo(kept: dict[str, tuple[TokenRow, ...]] | None = None) -> Iterator[None]:
    """Keep every segment's tokens while one document is linted (a long article's segments
    are tokenised once, not again when a bounded memo has dropped them), then free them.

    ``kept`` (an editor buffer's, :class:`copylint.segment_memo.SegmentMemo.tokens`) carries
    the tokens of the buffer's last version into this lint, and this version's out of it,
    so an edit re-tokenises only the paragraphs it changed."""
    global _open_documents
    with _COUNT_LOCK:  # the language server may lint in threads
        _open_documents += 1
        if kept:
            _MEMO.update(kept)
    try:
        yield
    finally:
        with _COUNT_LOCK:
            _open_documents -= 1
            if kept is not None:
                kept.clear()
                kept.update(_MEMO)
            if not _open_documents:
                clear_memos()


def words(text: str) -> list[Token]:
    """Only the word tokens of ``text``."""
    return [t for t in tokens(text) if t.kind == "word"]


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc ltd co corp dept fig al approx est ft mt pp vol""".split()
)


#: segment text -> its sentence spans, kept as :data:`_MEMO` is (spelling and the style rules
#: both ask for a segment's sentences)
_SENTENCE_MEMO: dict[str, tuple[tuple[int, int], ...]] = {}


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, whitespace trimmed (memoised as
    :func:`token_list` is)."""
    found = _SENTENCE_MEMO.get(text)
    if found is None:
        if not _open_documents and len(_SENTENCE_MEMO) >= _LOOSE_LIMIT:
            _SENTENCE_MEMO.clear()
        found = _SENTENCE_MEMO[text] = tuple(_sentences(text))
    return list(found)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    size = len(text)
    # where the sentence being read starts: the first non-space character of the text, then
    # the end of each accepted break (its white space, which _SENTENCE_BREAK takes whole, is
    # behind it), so a sentence is (begin, the break's end) with no white space to trim
    begin = size - len(text.lstrip())
    backwards = None  # the text reversed, made when a full stop needs the word before it
    only_full_stops = "!" not in text and "?" not in text and "\u2026" not in text
    for m in (_FULL_STOP_BREAK if only_full_stops else _SENTENCE_BREAK).finditer(text):
        nxt = m.end()  # the next non-space character
        if nxt < size:
            after = text[nxt]
            if not (after.isupper() or after.isdigit() or after in "\"'\u201c\u2018(["):
                continue
        dot = m.start()
        if only_full_stops or text[dot] == ".":
            if backwards is None:
                backwards = text[::-1]
            # (the pattern matches everywhere: an empty run too)
            word = text[size - _RUN_BEFORE.match(backwards, size - dot).end(): dot]  # type: ignore[union-attr]
            if _is_abbreviation(word) and not (_starts_sentence(text, nxt) and word.lower() not in _TITLES):
                continue
        spans.append((begin, m.end(1)))
        begin = nxt
    last = len(text.rstrip())
    if begin < last:
        spans.append((begin, last))
    return spans


# The run of word characters and full stops before a full stop (U.S., e.g., Mr, 2.5), matched
# in the reversed text from the full stop on (\w is what str.isalnum takes, and "_").
_RUN_BEFORE = re.compile(r"[\w.]*")
# A sentence end: full stops, question or exclamation marks or an ellipsis, closing quotes or
# brackets (group 1), then spaces or the end of the text (matched too: the next sentence
# starts after them). (The first mark is written apart from the rest: a pattern that starts
# with a character class, not a repeat, lets ``re`` skip to where a mark stands.)
_SENTENCE_BREAK = re.compile(r"([.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]]*)(?:\s+|$)")
# The same for text whose only mark is the full stop (most paragraphs): a pattern that starts
# with a literal character is searched for it at a few instructions a character, where one
# that starts with a class tests each character against the class (some fifty).
_FULL_STOP_BREAK = re.compile(_SENTENCE_BREAK.pattern.replace("([.!?\\u2026]", "(\\.", 1))
assert _FULL_STOP_BREAK.pattern != _SENTENCE_BREAK.pattern


def _is_abbreviation(word: str) -> bool:
    """Whether the run of word characters and full stops before a full stop ends no
    sentence: an initialism, an initial, an abbreviation."""
    if not word:
        return False
    if word[-1].isdigit():  # a number ends the sentence: "in 3:49.78.", "rose 2.5."
        return False
    if "." in word:  # U.S., e.g., a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: George W. Bush
        return True
    return word.lower() in _ABBREVIATIONS


# Words that start a sentence but are never a surname or the rest of a name, so that after
# an initial or an abbreviation they mean a new sentence: "... Thomas J. He said".
_SENTENCE_OPENERS = frozenset(
    """he she it they we you his her its their our my this that these those there then
    the an but and so yet however meanwhile in on at after before when while if as""".split()
)
# Titles before a name: never the end of a sentence ("Dr. A. Jones").
_TITLES = frozenset("mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres".split())


def _starts_sentence(text: str, i: int) -> bool:
    """The word at ``i`` is a capitalised function word (He, The, But): a sentence opener."""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    word = text[i:j]
    return word[:1].isupper() and word.lower() in _SENTENCE_OPENERS and (word.istitle() or len(word) == 1)
