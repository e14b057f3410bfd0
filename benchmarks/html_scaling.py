"""How the HTML reader's cost grows with its input, on the inputs that made it quadratic.

    python benchmarks/html_scaling.py [--size N]

For each adversarial family, the CPU seconds of ``copylint.readers.html.read_html`` at
N and 8N repetitions of the family's unit, and the ratio (8 for a linear reader, 64 for a
quadratic one). Beside it, the same for the standard library's ``html.parser`` alone
(what the reader was built on before), measured in the same run. The unit tests hold the
reader to linear work by counting operations (tests/test_html_reader.py); this prints time.
"""

from __future__ import annotations

import argparse
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import print_table  # noqa: E402
from copylint.readers.html import read_html  # noqa: E402
from tests.test_html_reader import ADVERSARIAL  # noqa: E402

# the unit tests' adversarial inputs (tests/test_html_reader.py), one list for both, and plain
# prose as the baseline
FAMILIES = {
    **ADVERSARIAL,
    "prose paragraphs": lambda n: "<p>The quick brown fox &amp; the lazy dog.</p>\n" * n,
}


def cpu(fn, text: str) -> float | str:
    start = time.process_time()
    try:
        fn(text)
    except Exception as exc:  # the old parser raises on some inputs
        return type(exc).__name__
    return time.process_time() - start


def stdlib(text: str) -> None:
    parser = HTMLParser(convert_charrefs=False)
    parser.feed(text)
    parser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=2000, help="repetitions of each family's unit (N)")
    n = ap.parse_args().size
    rows = []
    for name, make in FAMILIES.items():
        small, large = make(n), make(8 * n)
        ours = [cpu(lambda t: read_html(t, "a.html"), t) for t in (small, large)]
        theirs = [cpu(stdlib, t) for t in (small, large)]

        def ratio(pair):
            if isinstance(pair[0], str) or isinstance(pair[1], str):
                return "-"
            return f"{pair[1] / max(pair[0], 1e-4):.1f}"

        rows.append([name, f"{len(small):,}", *ours, ratio(ours), *theirs, ratio(theirs)])
    print_table(["input", "chars (N)", "reader N s", "reader 8N s", "ratio", "html.parser N s",
                 "html.parser 8N s", "ratio"], rows,
                title=f"HTML reader CPU seconds, N={n} and 8N units (linear: ratio ~8; quadratic: ~64)")


if __name__ == "__main__":
    main()
