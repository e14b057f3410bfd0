"""Language identification for ``structure.foreign-passage``: the cost of the identifier
copylint ships (pycld2) and of the alternatives considered, where installed, on every
paragraph of the corpora, and the cost of the whole check per 1,000 words.

    python benchmarks/langid_speed.py
    pip install py3langid lingua-language-detector   # to compare them too (not dependencies)

CPU seconds (``time.process_time``) beside wall time; one process, so every ratio is
measured in the same run.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import articles, print_table  # noqa: E402
from copylint.checks.foreign import find_passages  # noqa: E402
from copylint.readers import parse  # noqa: E402

US_CORPUS = Path(os.environ.get("COPYLINT_US_CORPUS", "/work/shared/corpus/us"))
SPANISH = "Los residentes de la comunidad pueden solicitar asistencia a trav\u00e9s del programa federal de vivienda."


def _paragraphs(texts: list[str]) -> list[str]:
    return [p.strip() for t in texts for p in t.split("\n\n") if p.strip()]


def _cld2():
    import pycld2

    return lambda text: pycld2.detect(text)[2][0][1]


def _py3langid():
    from py3langid.langid import _load_identifier

    ident = _load_identifier(norm_probs=True)
    return lambda text: ident.classify(text)[0]


def _lingua():
    from lingua import LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_all_languages().build()
    return lambda text: (lambda lang: lang.iso_code_639_1.name.lower() if lang else "un")(det.detect_language_of(text))


CANDIDATES = {"pycld2 (shipped)": _cld2, "py3langid": _py3langid, "lingua-language-detector": _lingua}


def main() -> None:
    texts = [a.text for a in articles()]
    if (US_CORPUS / "congress_press").is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(US_CORPUS.glob("*/[0-9]*.txt"))]
    paras = _paragraphs(texts)
    words = sum(len(t.split()) for t in texts)
    rows = []
    for name, make in CANDIDATES.items():
        try:
            cpu, wall = time.process_time(), time.perf_counter()
            detect = make()
            spanish = detect(SPANISH)
            load_cpu, load_wall = time.process_time() - cpu, time.perf_counter() - wall
        except ImportError:
            rows.append([name, "not installed", "", "", "", ""])
            continue
        cpu, wall = time.process_time(), time.perf_counter()
        found = sum(1 for p in paras if detect(p) not in ("en", "un"))
        run_cpu, run_wall = time.process_time() - cpu, time.perf_counter() - wall
        rows.append([name, f"{load_cpu:.2f} / {load_wall:.2f}", f"{1e6 * run_cpu / len(paras):.0f}",
                     f"{run_wall:.2f}", found, spanish])
    print_table(["identifier", "load s (CPU / wall)", "µs CPU per paragraph", "wall s, all paragraphs",
                 "paragraphs not called English", "Spanish sample"], rows,
                title=f"{len(paras):,} paragraphs of English news copy ({words:,} words)")

    docs = [parse(t, "a.txt", "txt") for t in texts]
    cpu, wall = time.process_time(), time.perf_counter()
    passages = sum(len(find_passages(d)) for d in docs)
    run_cpu, run_wall = time.process_time() - cpu, time.perf_counter() - wall
    print_table(["measure", "value"], [
        ["passages found in the corpora (all English)", passages],
        ["CPU s for the whole check (lexicon pre-filter + identifier)", f"{run_cpu:.2f}"],
        ["CPU ms per 1,000 words", f"{1000 * 1000 * run_cpu / max(words, 1):.2f}"],
        ["wall s", f"{run_wall:.2f}"],
    ], title="structure.foreign-passage over every article (one process)")


if __name__ == "__main__":
    main()
