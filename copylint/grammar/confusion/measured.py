"""Measured figures of the confusion rules, shown by ``copylint explain``: alerts per 1,000
words on the clean corpora and recall on injected confusions, written by
``python benchmarks/quality/confusions.py --write-measured`` (40 sites per pair and corpus;
wikinews 30,512 words, us 220,141 words). Regenerate after changing a rule."""

from __future__ import annotations

# rule -> (Wikinews alerts per 1,000 words, US alerts per 1,000 words, Wikinews caught/injected, US caught/injected)
FIGURES: dict[str, tuple[float, float, str, str]] = {
    "its": (0.066, 0.0, "63/72", "73/80"),
    "their": (0.0, 0.005, "113/120", "124/137"),
    "than": (0.033, 0.0, "70/72", "77/80"),
    "whose": (0.0, 0.0, "8/8", "22/26"),
    "lose": (0.033, 0.0, "6/8", "18/18"),
    "were": (0.033, 0.009, "64/82", "109/120"),
    "your": (0.0, 0.0, "37/39", "43/49"),
    "too": (0.0, 0.005, "45/47", "71/80"),
    "affect": (0.0, 0.0, "10/13", "97/103"),
    "lead": (0.0, 0.014, "6/6", "47/54"),
    "accept": (0.0, 0.0, "1/1", "11/17"),
    "advice": (0.0, 0.0, "5/5", "12/14"),
    "past": (0.0, 0.0, "13/14", "74/80"),
    "breath": (0.0, 0.0, "0/0", "3/4"),
    "principal": (0.0, 0.0, "2/2", "13/16"),
    "complement": (0.0, 0.0, "0/0", "0/2"),
    "peak": (0.0, 0.0, "0/0", "4/5"),
    "rein": (0.0, 0.0, "0/0", "0/0"),
    "site": (0.0, 0.0, "17/24", "35/46"),
    "discreet": (0.0, 0.0, "0/0", "0/0"),
    "stationary": (0.0, 0.0, "0/0", "0/0"),
    "weather": (0.0, 0.0, "8/9", "40/48"),
    "fewer": (0.0, 0.005, "0/0", "0/0"),
    "amount": (0.0, 0.0, "4/5", "25/26"),
}


def measured(name: str) -> str:
    """One sentence for the rule's rationale ("" when never measured)."""
    if name not in FIGURES:
        return ""
    wiki, us, wiki_recall, us_recall = FIGURES[name]
    return (f" Measured (benchmarks/quality/confusions.py): {wiki:.3f} alerts per 1,000 words on the Wikinews "
            f"corpus and {us:.3f} on the US corpus (alerts there were checked by hand and are real slips in the "
            f"copy); injected confusions caught: {wiki_recall} (Wikinews), {us_recall} (US).")
