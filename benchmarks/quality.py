"""Quality benchmark: recall on injected errors and alerts per 1,000 words on clean copy.

    python benchmarks/quality.py                 # every area
    python benchmarks/quality.py spelling style  # some areas

Each area lives in benchmarks/quality/<area>.py with a ``main() -> None`` that prints
its tables.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

AREAS = ("spelling", "grammar", "style", "overall")


def main(argv: list[str]) -> None:
    areas = argv or list(AREAS)
    for area in areas:
        path = Path(__file__).resolve().parent / "quality" / f"{area}.py"
        if not path.exists():
            print(f"\n[{area}] not written yet")
            continue
        print(f"\n===== {area} =====")
        importlib.import_module(f"benchmarks.quality.{area}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
