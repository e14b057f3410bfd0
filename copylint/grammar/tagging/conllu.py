"""Reading Universal Dependencies treebanks (CoNLL-U) into tagged sentences for training
and for the accuracy benchmark."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

Sentence = list[tuple[str, str, str, str]]  # (form, XPOS, UPOS, lemma)


def read(path: Path, keep: Callable[[str], bool] | None = None) -> Iterator[Sentence]:
    """Each sentence's syntactic words (multiword-token lines and empty nodes skipped);
    hyphenated compounds written without spaces ("search-engine") are joined into one token,
    as copylint's tokeniser keeps them, tagged as their last part. ``keep``, when given, picks
    sentences by their ``sent_id``."""
    rows: list[tuple[str, str, str, str, bool]] = []
    sent_id = ""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if rows and (keep is None or keep(sent_id)):
                    yield _join_hyphens(rows)
                rows = []
                sent_id = ""
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id ="):
                    sent_id = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            rows.append((cols[1], cols[4], cols[3], cols[2], "SpaceAfter=No" in cols[9]))
    if rows and (keep is None or keep(sent_id)):
        yield _join_hyphens(rows)


def _join_hyphens(rows: list[tuple[str, str, str, str, bool]]) -> Sentence:
    out: Sentence = []
    glue = False  # the last token of ``out`` ends with a hyphen written without spaces
    for k, (form, xpos, upos, lemma, no_space) in enumerate(rows):
        prev_no_space = k > 0 and rows[k - 1][4]
        if glue and prev_no_space and out and form[:1].isalnum():
            out[-1] = (out[-1][0] + form, xpos, upos, out[-1][3] + lemma)
            glue = False
            continue
        is_hyphen = form == "-" and xpos == "HYPH" and prev_no_space and no_space and out and k + 1 < len(rows)
        if is_hyphen and out[-1][0][-1:].isalnum():
            out[-1] = (out[-1][0] + "-", out[-1][1], out[-1][2], out[-1][3] + "-")
            glue = True
            continue
        glue = False
        out.append((form, xpos, upos, lemma))
    return out


def read_all(paths: Iterable[Path]) -> list[Sentence]:
    return [s for p in paths for s in read(p)]


def ewt_split(root: Path, split: str) -> list[Path]:
    """The CoNLL-U files of one split ("train", "dev", "test") of a UD_English-EWT checkout:
    the released file when present, else the per-document sources it is built from (the
    train file is too large for some mirrors)."""
    released = root / f"en_ewt-ud-{split}.conllu"
    if released.is_file() and released.stat().st_size > 0:
        return [released]
    listing = root / "not-to-release" / "file-lists" / f"files.{split}"
    names = [n.strip() for n in listing.read_text(encoding="utf-8").splitlines() if n.strip()]
    return [root / "not-to-release" / "sources" / n for n in names]


def pud_wikipedia(root: Path) -> list[Sentence]:
    """The Wikipedia half of a UD_English-PUD checkout (sentence ids starting with "w"); the
    other half is news, which copylint does not train on."""
    return list(read(root / "en_pud-ud-test.conllu", keep=lambda sent_id: sent_id.startswith("w")))


#: GUM genres whose texts its licence file names as CC BY or public domain (Wikinews
#: biographies and interviews, Wikivoyage, OpenStax textbooks, Creative Commons vlogs,
#: political speeches, the Santa Barbara conversations). Left out: news (copylint is measured
#: on news), how-to guides and fiction (CC BY-NC-SA), and the genres the licence file does
#: not name (academic, court, essay, letter, podcast).
GUM_OPEN_GENRES = ("bio", "interview", "voyage", "textbook", "vlog", "speech", "conversation")


#: dashes and ellipses: GUM tags them ":", EWT mostly "," (the tagger learns EWT's way)
_GUM_COMMA_LIKE = frozenset({"-", "--", "---", "\u2013", "\u2014", "...", "\u2026"})


def gum_as_ewt(sent: Sentence) -> Sentence:
    """A GUM sentence with its punctuation tags in EWT's convention: dashes and ellipses are
    "," rather than ":"."""
    return [(form, "," if xpos == ":" and form in _GUM_COMMA_LIKE else xpos, upos, lemma)
            for form, xpos, upos, lemma in sent]


def gum_open(root: Path, genres: Iterable[str] = GUM_OPEN_GENRES) -> list[Sentence]:
    """The documents of a UD_English-GUM checkout in ``genres``, from its per-document sources
    (``not-to-release/sources/GUM_<genre>_<name>.conllu``) or, failing those, the released
    splits (picked by ``sent_id``), with EWT's punctuation tags (:func:`gum_as_ewt`)."""
    wanted = tuple(f"GUM_{g}_" for g in genres)
    sources = sorted((root / "not-to-release" / "sources").glob("GUM_*.conllu"))
    if sources:
        sents = read_all(p for p in sources if p.name.startswith(wanted))
    else:
        sents = [s for split in ("train", "dev", "test")
                 for s in read(root / f"en_gum-ud-{split}.conllu", keep=lambda sent_id: sent_id.startswith(wanted))]
    return [gum_as_ewt(s) for s in sents]
