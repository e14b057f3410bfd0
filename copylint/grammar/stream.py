"""A segment's prose as the grammar rules see it: tokens with what lies between them."""

from __future__ import annotations

from dataclasses import dataclass

from copylint.tokens import token_list

_CLAUSE_PUNCT = set(".!?;:,()[]\u2026\u2014\u2013\"\u201c\u201d")
_SENTENCE_PUNCT = set(".!?;:\u2026")


@dataclass(slots=True)
class Word:
    """One token: ``low`` is lowercased with curly apostrophes made straight; ``gap`` is the
    text between the previous token and this one (the segment start for the first)."""

    text: str
    low: str
    start: int
    end: int
    kind: str
    gap: str
    index: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def joined(self) -> bool:
        """Only spaces separate this token from the previous one."""
        return self.index > 0 and self.gap.isspace() and self.gap.count("\n") < 2

    @property
    def clause_start(self) -> bool:
        """First token of the segment, or after clause punctuation (, ; : . quotes brackets)."""
        return self.index == 0 or any(c in _CLAUSE_PUNCT for c in self.gap) or "\n" in self.gap

    @property
    def sentence_start(self) -> bool:
        return self.index == 0 or any(c in _SENTENCE_PUNCT for c in self.gap) or self.gap.count("\n") > 1

    @property
    def word(self) -> bool:
        return self.kind == "word"

    @property
    def possessive(self) -> bool:
        return self.low.endswith(("'s", "s'")) and len(self.low) > 2


def stream(text: str) -> list[Word]:
    """Every token of ``text`` with its gap; apostrophes are straightened in ``low``."""
    out: list[Word] = []
    prev = 0
    for tok in token_list(text):
        low = tok.text.lower().replace("\u2019", "'").replace("\u02bc", "'")
        out.append(Word(tok.text, low, tok.start, tok.end, tok.kind, text[prev:tok.start], len(out)))
        prev = tok.end
    return out


def after(words: list[Word], i: int) -> Word | None:
    """The token after ``words[i]`` if only spaces separate them."""
    if i + 1 < len(words) and words[i + 1].joined:
        return words[i + 1]
    return None


def before(words: list[Word], i: int) -> Word | None:
    """The token before ``words[i]`` if only spaces separate them."""
    if i > 0 and words[i].joined:
        return words[i - 1]
    return None
