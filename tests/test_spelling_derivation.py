"""Regular word formation (copylint.spelling.derivation): rare but regular words are not
misspellings, slips in them still are, and the patterns accept almost none of codespell's
real-world misspellings."""

from __future__ import annotations

import pytest

from copylint.api import lint_text
from copylint.config import Settings
from copylint.spelling.derivation import derived
from copylint.spelling.sources import codespell_misspellings
from copylint.spelling.speller import get_speller

ONLY_SPELLING = Settings(enable=("spelling",), disable=("ALL",))


@pytest.fixture(scope="module")
def speller():
    return get_speller()


def flagged(text: str) -> list[str]:
    return [i.text for i in lint_text(text, "story.txt", ONLY_SPELLING, format="body") if i.rule == "spelling.misspelling"]


@pytest.mark.parametrize("text", [
    "Two cardiosurgeons and two radiologists reviewed the cases.",
    "The cable keeps its magnetoresistivity under load.",
    "Households there are matrifocal, and clans patrifocal elsewhere.",
    "The parts are reusably packed, and the kits upgradably built.",
    "The essay weighs proceduralism against incrementalism.",
    "A tanklike truck and a shedlike kiosk open the parade.",
    "The fault zone was aseismic for decades.",
    "Thermoelectric and psychoacoustic effects were measured.",
])
def test_regular_derivations_are_words(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("Two cardiosurgoens reviewed the cases.", "cardiosurgoens"),  # a slip in the stem
    ("The parts are reusabbly packed.", "reusabbly"),
    ("The essay weighs procedurlism against it.", "procedurlism"),
    ("Staff monotired the site.", "monotired"),  # mono- is not a combining form here
    ("Protesters laid seige to the embassy.", "seige"),
    ("A guard post on the outer perimiter was set alight.", "perimiter"),
    ("Officials will recieve the report.", "recieve"),
    ("The analist said so.", "analist"),  # no -ist derivation
    ("The ministry raised agrobanking subsidies.", "agrobanking"),
])
def test_slips_are_still_misspellings(text, word):
    assert word in flagged(text)


def test_british_oural_adjective_of_an_our_noun():
    """The British -oural form of an -oral adjective in use, made from an -our noun (as
    behaviour -> behavioural); shown on invented words, since English has too few such
    adjectives outside the dictionary to test with."""
    def in_use(w):
        return 1.2 if w == "glimmoral" else 0.0
    assert derived("glimmoural", lambda w: w == "glimmour", in_use)
    assert not derived("glimmoural", lambda w: False, in_use)  # no -our noun
    assert not derived("glimmoural", lambda w: w == "glimmour", lambda w: 0.0)  # no -oral adjective: coloural


def test_patterns_accept_almost_no_real_world_misspelling(speller):
    """Of codespell's lower-case misspellings that no dictionary holds (about 64,000), the
    patterns accept at most 1 in 10,000 (they are still caught: the list is read first)."""
    misspellings = [w for w in codespell_misspellings() if w.isalpha() and w.islower() and not speller.is_word(w)]
    accepted = [w for w in misspellings if derived(w, speller.is_word, speller.zipf)]
    assert len(misspellings) > 50_000
    assert len(accepted) <= len(misspellings) / 10_000, accepted


# -- terms an article introduces (copylint.spelling.terms) -------------------------------------

@pytest.mark.parametrize("text", [
    "The scribes kept a ledger called the velmarin. The velmarin listed 300 debts.",
    "Tessaria ovalis (commonly known as dustwort) grows here; goats avoid the dustwort.",
    "The robe had a kesolang (wide sash) and a tumbari (a short hooded cape).",
    "The march along the 3. oktobra velmosta (October 3rd Bridge) was the longest.",
    "The word translates into other languages, e.g. tudomany in Hungarian.",
    "The shaft, termed a qanatgah, is dry.",
])
def test_terms_the_article_names_or_glosses_are_not_misspellings(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("The old perimiter (the fence) was breached.", "perimiter"),  # a common word is one slip away
    ("It is known as the goverment district.", "goverment"),  # a listed misspelling is never a term
    ("The suspcet (FBI) fled.", "suspcet"),  # an acronym in parentheses is no gloss
    ("The suspcet (2019) fled.", "suspcet"),
    ("The robe had a tumbari (, a short cape).", "tumbari"),  # a gloss opens with a word, not a comma
    ("Police said the suspcet fled in Swedish cars.", "suspcet"),  # "in Swedish" must follow the word
    ("A velmarin-like list was called the ledger; the velmarin was lost.", "velmarin"),
])
def test_slips_near_glosses_are_still_misspellings(text, word):
    assert word in flagged(text)


def test_a_naming_phrase_names_only_a_word_that_ends_the_clause():
    assert flagged("Cyclones run on energy called laent heat.") == ["laent"]
    assert flagged("A topic which is called aymptotic groups theory.") == ["aymptotic"]


def test_a_title_in_capitals_in_another_language_is_not_judged():
    title = "The report was titled PLAN OBNOVE GRADSKOG MOSTA, OBUHVATAJUCI PROJEKT REKONSTRUKCIJE OBALE in 2013."
    assert flagged(title) == []
    assert flagged("THE GOVERMENT SAID NO.") == ["GOVERMENT"]  # English neighbours: an English slip
    assert flagged("The BIDEN GOVERMENT PLAN was shelved.") == ["GOVERMENT"]  # neighbours in use in English


def test_markup_keys_glued_to_an_equals_sign_are_not_words():
    assert flagged("alt=Bridge over the river where the flood began") == []
    assert flagged("The recieve=yes flag") == []  # code, not prose
    assert flagged("The perimiter = fence.") == ["perimiter"]  # spaced: prose


@pytest.mark.parametrize("text", [
    "Aid reached the villages of Torvan, Pelek, and Quiat last week.",
    "In 2016 he wrote a paper on Zurak and Quiat in Oman.",
    "According to Hollis, M and Trovel, T, she was accused of fraud.",
    "A portrait of their rivals (K. L. Vallen, 1987) was shown.",
    "K. L. Vallen, 1987. The shape of public memory.",
    "The model was first set out (Kerstholt, 1994; Ayton, 2001).",
])
def test_names_shown_by_their_company(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("The Senate and Huose leaders met on Monday.", "Huose"),  # joined to a dictionary word, not a name
    ("Officials from Educaton and Science met.", "Educaton"),
    ("Protesters laid seige, 2019 style, to the embassy.", "seige"),  # a listed slip is never a name
    ("He moved to Lodnon, 2015 figures show.", "Lodnon"),  # a year after a place is no citation
    ("Talks in Brusels, 2021, failed.", "Brusels"),
])
def test_slips_beside_names_or_numbers_are_still_caught(text, word):
    assert word in flagged(text)


@pytest.mark.parametrize("text, word", [
    ("It quoted solicitor Mara Denby, and Joitn Council for the Rights of Tenants.", "Joitn"),
    ("Northside Family Care Cilnic and Oroveta District hospital were full.", "Cilnic"),
    ("As chair of the Panel on Ports and Trannsit, I am a supporter.", "Trannsit"),
    ("I joined the race to unseat Mayor Okafor. Tday, I am leaving it.", "Tday"),
])
def test_slips_inside_names_of_common_words_are_still_caught(text, word):
    assert word in flagged(text)


def test_an_abbreviation_after_a_comma_is_no_citation():
    assert flagged("Eysterday, U.S. Representatives introduced the bill.") == ["Eysterday"]
    assert flagged("Wikinews interviews Christopher Hhill, U.S. presidential candidate") == ["Hhill"]
    assert flagged("See Smith, J. R. and Trovel, T. on the subject.") == []


def test_term_patterns_starting_only_at_word_starts_match_as_if_tried_everywhere():
    """The glossed-run and in-a-language patterns start only where a word starts; tried at
    every character instead (their plain form), they find exactly the same matches."""
    import random
    import re

    from copylint.spelling import terms

    rng = random.Random(7)
    alphabet = "ab cdé-'’()in Swedish called (x) IN,\t\nKnown as Zz"
    texts = ["kesolang (wide sash) and tudomany in Hungarian", "x-'bar (y)", "foo-bar (baz)"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    for fast in (terms._GLOSSED, terms._IN_LANGUAGE):
        plain = re.compile(fast.pattern.removeprefix(terms._AT_WORD_START), fast.flags)
        assert plain.pattern != fast.pattern
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_language_gate_lets_through_every_text_where_a_word_is_in_a_language(monkeypatch):
    """Terms named by a language ("tudomany in Hungarian") are searched for only where a
    capitalised language name follows "in": the same terms as searching every text."""
    import random

    from copylint.spelling import terms

    rng = random.Random(11)
    pieces = ["tudomany", "ziemka", "in", "In", "IN", "Hungarian", "Czech", "Magyars", "Paris", "hungarian", " ", "  ", "\t",
              "\n", "-", "'", ",", ".", "(x)", "\u00e9", "called"]
    texts = ["tudomany in Hungarian", "ziemka  in\tCzech.", "a in Hungarian", "x in In Hungarian", "in in Hungarian",
             "the word in Paris", "ziemkain Czech", "ziemka inCzech"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    gated = [terms.introduced_terms([text], lambda w: False) for text in texts]
    monkeypatch.setattr(terms, "_may_name_language", lambda text: True)
    assert gated == [terms.introduced_terms([text], lambda w: False) for text in texts]
    assert gated[0] == {"tudomany"} and sum(map(bool, gated)) > 10


def test_the_gloss_gate_lets_through_every_text_with_a_glossed_run(monkeypatch):
    """The glossed-run pattern runs only where an opening bracket is followed by a word that
    is not an acronym (what every match of it ends with): the same terms as running it on
    every text with a bracket."""
    import random
    import re

    from copylint.spelling import terms

    rng = random.Random(13)
    pieces = ["kesolang", "velmosta", "(", "( ", ")", "(wide sash)", "(FBI)", "(2019)", "(Fb", "(\u00e9", "(\u00c9T", " ",
              "\t", "\n", "-", "'", ",", "x", "X", "oktobra"]
    texts = ["kesolang (wide sash)", "a b c d (e)", "(FBI) (x", "kesolang ( \u00e9t\u00e9)", "x (AB)", "x (Ab)"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    gated = [terms.introduced_terms([text], lambda w: True) for text in texts]
    monkeypatch.setattr(terms, "_GLOSS_OPENING", re.compile(r"\("))  # the gate open wherever a bracket is
    assert gated == [terms.introduced_terms([text], lambda w: True) for text in texts]
    assert gated[0] == {"kesolang"} and sum(map(bool, gated)) > 10


@pytest.mark.parametrize("text", [
    "Tarvek, L. The mills of the north. Wikkipedia. Accessed 13 March.",
    "Quill, M. Our river towns. Runi. Retrieved on 2 May 2019.",
    "Osk, T. A field guide. Wikkipedia. Retrieved March 4, 2020.",
    "Tamo. Accessed 2021-05-03.",
])
def test_the_site_a_reference_was_read_on_is_a_name(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("The plan failed. Recieve. Accessed 13 March.", "Recieve"),  # a listed slip is never a name
    ("He said the goverment. Accessed the site later.", "goverment"),  # no date: no reference
    ("The mills stood empty. Wikkipedia. Accessed by many readers.", "Wikkipedia"),
])
def test_slips_before_accessed_without_a_reference_date_are_still_caught(text, word):
    assert word in flagged(text)


@pytest.mark.parametrize("text", [
    "They shop at Sav-A-Bunch on Fridays.",
    "Sav-A-Bunch opened its third store.",
    "They ate at Stopp-N-Eat after the match.",
    "A Rentt-A-Car desk opened at the airport.",
])
def test_trade_names_linked_by_a_lone_letter_keep_their_respellings(text):
    assert flagged(text) == []


@pytest.mark.parametrize("text, word", [
    ("The Goverment-Backed-Bonds fell.", "Goverment"),  # no lone letter: judged part by part
    ("The goverment-a-plan stalled.", "goverment"),  # lower case: no trade name
    ("The Goverment-A plan stalled.", "Goverment"),  # two parts: no linking letter between names
])
def test_slips_in_compounds_without_a_linking_letter_are_still_caught(text, word):
    assert word in flagged(text)
