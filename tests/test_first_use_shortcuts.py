"""The shortcuts of a check's first article give what the full decisions give: a plain
dictionary word's note by one lookup (checks.spelling._plain_note, against settles and
dialect.token_marks) and the lexicon's one-frame lookup (Lexicon.get, against _find and
_entry_at)."""

from __future__ import annotations

import pytest

from conftest import ROOT
from copylint.checks.spelling import _plain_note, settles
from copylint.dialect import CLUE, token_marks
from copylint.spelling.lexicon import Lexicon, serialise
from copylint.spelling.speller import Speller, get_speller
from copylint.spelling.words import JUDGE
from copylint.tokens import token_list

CORPUS = ROOT / "tests" / "corpus" / "wikinews"

# our own words: dialect pairs, -ise/-ize forms, words holding "is" that have no -ise form,
# listed misspellings, names, clue letters (months, titles, "cent", "toward"), numbers
WORDS = ("the The THE said Said colour Colour color centre center theatre organise organize organised "
         "criticise criticised realise realize this This is mission Mission raised risen issued Islamic "
         "disperse extremists analyse analyze seige Seige goverment Goverment recieve Khamenei Esper Iran "
         "Iraq Baghdad Paris January Jan Janet March march May may December Mr Mrs Ms Dr Drums percent "
         "cent centenary toward towards Towards program programme meter metre tyre tire kerb curb grey gray "
         "a A I x 750 2020 82nd 01 \u0662\u0660 Mcdonald McDonald NATO iPhone O'Brien Iran's world's don't "
         "co-ordinated pro-Iran e-mail wi-fi \u00e9t\u00e9 caf\u00e9 Caf\u00e9 na\u00efve \u00dcber stra\u00dfe "
         "Mississippi Tennessee advertise Advertise televise compromise exercise premise surprise").split()


def _full_note(speller: Speller, text: str) -> int:
    """The note the Settled memo gives without the shortcut (no reject list)."""
    return (0 if settles(speller, None, text) else JUDGE) | token_marks(text)


def _corpus_words() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))[:40]:
        for row in token_list(path.read_text(encoding="utf-8")):
            seen[row[0]] = None
    return list(seen)


def test_the_plain_note_is_the_full_note_wherever_it_answers():
    speller = get_speller()
    note = _plain_note(speller)
    words = [*WORDS, *_corpus_words()]
    answered = 0
    for word in dict.fromkeys(w for text in words for w in (text, text.lower(), text.capitalize(), text.upper())):
        got = note(word)
        if got is not None:
            answered += 1
            assert got == _full_note(speller, word), word
    # most tokens of news copy take the shortcut (the comparison is not over a handful)
    assert answered > 0.6 * len(set(words)) and answered > 3000


def test_the_plain_note_leaves_the_words_it_cannot_vouch_for_to_the_full_decision():
    note = _plain_note(get_speller())
    # a dialect form, an -ise form, a listed misspelling, a name no dictionary holds, a
    # possessive, a compound, capitals, mixed case, a number that is no ASCII digit
    for word in ("colour", "color", "Centre", "organise", "criticised", "seige", "goverment", "Khamenei",
                 "Iran's", "pro-Iran", "NATO", "iPhone", "\u0662\u0660", "82nd"):
        assert note(word) is None, word
    # and answers for plain words, with their clue letters (a month, a title, "cent", "toward")
    assert note("the") == note("The") == 0
    assert note("March") == note("toward") == note("Centenary".lower()) == CLUE
    assert note("2020") == 0


def test_the_shortcut_is_not_used_for_another_speller_or_a_reject_list(tmp_path):
    """The check builds the shortcut only for the process's speller (dialect.token_marks looks
    words up with that one) and only without a reject list (which can unsettle any word)."""
    from copylint.checks.spelling import Spelling
    from copylint.config import Settings
    from copylint.spelling.wordlists import house_lists

    check = Spelling(Settings())
    speller = get_speller()
    plain = check._settled_words(speller, house_lists((), (), ()))
    assert plain.known.decide.__name__ == "note"  # (the shortcut's wrapper)
    reject = tmp_path / "reject.txt"
    reject.write_text("said\n", encoding="utf-8")
    rejecting = check._settled_words(speller, house_lists((), (str(reject),), ()))
    assert rejecting.known["said"] & JUDGE and not plain.known["said"] & JUDGE
    other = Speller(speller.lexicon)
    assert check._settled_words(other, house_lists((), (), ())).known.decide.__name__ == "<lambda>"


def _reference_get(lexicon: Lexicon, word: str):  # noqa: ANN202 - Entry | None
    key = word.encode("utf-8")
    if len(key) > 255:
        return None
    off = lexicon._find(lexicon._words, lexicon._wmask, key)
    return lexicon._entry_at(off, word) if off else None


def test_lexicon_get_is_find_and_entry_at():
    entries = {"colour": (30, 2, "color"), "color": (40, 4, "colour"), "seige": (10, 16, "siege"),
               "siege": (35, 1, ""), "caf\u00e9": (20, 1, ""), "x" * 255: (0, 1, ""), "recieve": (5, 16, "receive, relieve")}
    lexicon = Lexicon(serialise(entries, ["siege", "color", "colour"]))
    for word in [*entries, "absent", "", "x" * 256, "\u00e9t\u00e9", "colou", "colours"]:
        got, want = lexicon.get(word), _reference_get(lexicon, word)
        assert got == want and type(got) is type(want), word
    assert lexicon.get("recieve").corrections == ("receive", "relieve") and lexicon.get("siege").note == ""


@pytest.mark.parametrize("step", [97])
def test_lexicon_get_is_find_and_entry_at_over_the_built_lexicon(step):
    lexicon = get_speller().lexicon
    buf = lexicon._buf
    offsets = [off for off in lexicon._words[::step] if off]
    for off in offsets:
        word = bytes(buf[off + 1: off + 1 + buf[off]]).decode("utf-8")
        got = lexicon.get(word)
        assert got is not None and got == lexicon._entry_at(off, word) and type(got) is type(lexicon._entry_at(off, word))
    assert len(offsets) > 1000


def test_a_word_and_its_punctuation_are_marked_as_the_general_counts_mark_them():
    """ForeignPassage marks a piece that is a word of letters between opening and closing
    punctuation as the word alone (checks.foreign._OPENING, _CLOSING): the general counts
    (English flags, unknown piece) give the same, for our words and a corpus's pieces."""
    from copylint.checks import foreign

    memos = foreign._memos()

    def general(piece: str) -> int:
        return memos.english_in[piece].count(0) + memos.unknown_piece[piece] * foreign._UNKNOWN_PIECE

    words = ["the", "The", "goverment", "qzvbl", "Qzvbl", "a", "x", "\u00e9t\u00e9", "\u00c9t\u00e9", "\u0142\u00f3d\u017a",
             "\u0141\u00f3d\u017a", "\u03b4\u03b5\u03bb\u03c6\u03bf\u03af", "\u01c5ungla", "NASA", "llygad", "dont"]
    shortcut = 0
    for word in words:
        for before in ("", "(", "\"", "\u201c", "\u2018", "[", "(\u201c", "'", "-", ".", "/", "@"):
            for after in ("", ",", ".", ".\u201d", ")", "),", "\"", "?", ";", ":", "]", "'", "\u2019", "-", "/", "'s"):
                piece = before + word + after
                if piece.isalpha():
                    continue
                assert foreign._piece_marks(piece) == general(piece), piece
                shortcut += piece.lstrip(foreign._OPENING).rstrip(foreign._CLOSING) == word
    assert shortcut > 500  # (the pieces the shortcut takes were compared, not only the others)
    pieces = {p for path in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))[:40]
              for p in path.read_text(encoding="utf-8").split() if not p.isalpha()}
    for piece in pieces:
        assert foreign._piece_marks(piece) == general(piece), piece
    assert len(pieces) > 1000


@pytest.mark.parametrize(("typename", "names", "defaults"), [
    ("Point", ["x"], []), ("Place", ["name", "start", "end", "note"], [0, None]),
    ("Wide", [f"f{i}" for i in range(12)], [1, 2]), ("Wider", [f"f{i}" for i in range(13)], [3]),
])
def test_a_named_tuple_is_made_as_collections_makes_it(typename, names, defaults):
    """copylint.named_tuple makes ``__new__`` from a written-out template instead of compiling
    it: the class is collections.namedtuple's in every attribute, method and behaviour."""
    import copy
    import inspect
    from collections import namedtuple

    from copylint import named_tuple

    ours, theirs = named_tuple._namedtuple(typename, names, defaults, __name__), namedtuple(
        typename, names, defaults=defaults, module=__name__)
    assert set(vars(ours)) == set(vars(theirs)) and ours.__doc__ == theirs.__doc__ and ours.__mro__[1:] == (tuple, object)
    for key, mine in vars(ours).items():
        other = vars(theirs)[key]
        if isinstance(mine, (staticmethod, classmethod)) or callable(mine):
            mine, other = getattr(mine, "__func__", mine), getattr(other, "__func__", other)
            for attr in ("__name__", "__qualname__", "__doc__", "__defaults__", "__module__"):
                assert getattr(mine, attr) == getattr(other, attr), (key, attr)
            assert inspect.signature(mine) == inspect.signature(other), key
        elif type(mine) is type(other) and type(mine).__name__ == "_tuplegetter":
            assert mine.__doc__ == other.__doc__
        else:
            assert mine == other, key
    new, old = vars(ours)["__new__"].__func__.__code__, vars(theirs)["__new__"].__func__.__code__
    for attr in ("co_code", "co_varnames", "co_names", "co_consts", "co_flags", "co_name", "co_filename", "co_argcount"):
        assert getattr(new, attr) == getattr(old, attr), attr
    args = list(range(len(names) - len(defaults)))
    mine, other = ours(*args), theirs(*args)
    assert tuple(mine) == tuple(other) and repr(mine) == repr(other) and mine._asdict() == other._asdict()
    assert tuple(mine._replace(**{names[0]: "a"})) == tuple(other._replace(**{names[0]: "a"}))
    for bad in ((), tuple(range(len(names) + 1))):
        with pytest.raises(TypeError) as got:
            ours(*bad)
        with pytest.raises(TypeError) as want:
            theirs(*bad)
        assert str(got.value) == str(want.value)
    made = ours._make(range(len(names)))
    assert type(copy.copy(made)) is ours and copy.deepcopy(made) == made and made.__getnewargs__() == tuple(made)
