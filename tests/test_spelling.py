"""spelling.misspelling end to end: the sample article, names, tokenisation cases, suggestion
ranking, house word lists and --add-words. The lexicon is opened (or built) once per process."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from conftest import SAMPLE
from copylint.api import lint_text
from copylint.config import Settings, SpellingSettings
from copylint.errors import ConfigError
from copylint.spelling.speller import get_speller

ONLY_SPELLING = Settings(enable=("spelling",), disable=("ALL",))
GB = replace(ONLY_SPELLING, dialect="en-GB")
US = replace(ONLY_SPELLING, dialect="en-US")


@pytest.fixture(scope="module")
def speller():
    return get_speller()


def flagged(text: str, settings: Settings = ONLY_SPELLING, rule: str = "spelling.misspelling") -> list[tuple[str, tuple]]:
    return [(i.text, i.suggestions) for i in lint_text(text, "story.txt", settings, format="body") if i.rule == rule]


def words(text: str, settings: Settings = ONLY_SPELLING) -> list[str]:
    return [w for w, _ in flagged(text, settings)]


# -- the sample article --------------------------------------------------------------

def test_sample_article_flags_exactly_its_misspellings():
    issues = [i for i in lint_text(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE), ONLY_SPELLING)]
    found = [(i.text, i.suggestions[:1]) for i in issues]
    assert found[:2] == [("seige", ("siege",)), ("perimiter", ("perimeter",))]
    # at most one more alert, and only for the rare Iraqi term
    assert [t for t, _ in found[2:]] in ([], ["muhasasa"])
    assert all(i.rule == "spelling.misspelling" for i in issues)


def test_positions_name_exactly_the_word():
    text = "The crowd laid seige to it."
    (issue,) = lint_text(text, "story.txt", ONLY_SPELLING, format="body")
    assert text[issue.offset:issue.end_offset] == "seige"
    assert (issue.line, issue.column, issue.end_column) == (1, 16, 21)


# -- names -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Iran's Supreme Leader Ayatollah Ali Khamenei spoke on Tuesday.",
    "Defence Secretary Mark Esper said so.",
    "Foreign Ministry spokesman Abbas Mousavi was quoted by ISNA.",
    "Hezbollah and Shia militias marched in Tehran.",
    "The broadcaster Al Jazeera reported it.",
    "Residents fled Herat and Mosul for Kirkuk.",  # gazetteer: Herat is not a misspelt "heart"
    "Councillors Ruth A. Ceaser and Tom Okafor said so.",  # a sound-alike listed entry (Caesar), mid-sentence
    "Councillor Lee Chun-hing and Chan Siu-kwan were elected.",  # lower-case halves of Chinese names
    "Interviewee Ruth Vallen spoke. Vallen said it twice.",  # repeated: a name, not "Valley"
    "Morvella quintaris lives in ice; M. quintaris was found in 2013.",  # a species epithet
    "Ursula von der Leyen met Mohammed ibn Salman and Luiz da Silva.",  # lower-case name particles
])
def test_names_are_not_misspellings(text):
    assert words(text) == []


def test_a_capitalised_typo_of_a_common_word_is_still_caught():
    assert flagged("It was founded to promote Science and Educaton.") == [("Educaton", ("Education",))]
    assert words("Tehy said the talks had failed.") == ["Tehy"]  # sentence start: no length leeway


def test_short_unknown_capitalised_words_are_taken_for_names():
    assert words("They met Brek and Tolv at the stadium.") == []


# -- tokenisation cases --------------------------------------------------------------

def test_curly_and_straight_apostrophes_and_possessives():
    assert words("The militias\u2019 leaders and the militias' allies met. Iraq\u2019s and Iraq's envoys didn\u2019t.") == []
    text = "The militas\u2019 leaders met."
    (issue,) = lint_text(text, "story.txt", ONLY_SPELLING, format="body")
    assert issue.text == "militas"  # the possessive apostrophe is not part of the span


def test_contractions():
    assert words("They couldn't, they'd've said, and we're sure it's o'clock.") == []
    assert flagged("You know youll win.") == [("youll", ("you'll",))]


def test_hyphenated_compounds():
    assert words("Tehran-aligned and pro-Iran groups co-ordinated with Iran-backed, self-described allies.") == []
    assert words("The alt-right and neo-pagan groups sent e-mails.") == []
    assert words("Tehran-alinged militias attacked.") == ["alinged"]


def test_numbers_and_units():
    assert words("About 750 troops, 5,000m of wire, \u00a3600m and 2bn dollars in 2019; the 82nd Airborne; 1990s.") == []


def test_urls_emails_handles_hashtags_dotted_names():
    text = ("See https://example.com/seige and www.recieve.org, e-mail seige@example.org, "
            "follow @perimiter and #recieve, post to alt.religion.scientology or open index.html.")
    assert words(text) == []


def test_acronyms_in_capitals():
    assert words("The PXU, DAB and ISNA said NATO and the WHO agreed.") == []


def test_code_spans_are_skipped():
    assert words("Run `copylint --seige` to see it.") == []
    md = "Run `recieve --now` and then recieve it.\n"
    issues = lint_text(md, "story.md", ONLY_SPELLING)
    assert [(i.text, i.column) for i in issues] == [("recieve", md.rindex("recieve") + 1)]


def test_foreign_phrases():
    assert words("It was a fait accompli, an ad hoc deal, vis-\u00e0-vis the status quo, a coup d\u2019\u00e9tat.") == []
    assert words("The hoc deal and the fait.") == ["hoc", "fait"]  # only where the whole phrase stands


def test_sic_marks_a_quoted_misspelling():
    assert words("The sign read \u201cWelcom [sic] to Baghdad\u201d.") == []


def test_markdown_and_html_positions():
    html = "<p>Troops laid <b>seige</b> to the <i>perimiter</i>.</p>"
    issues = lint_text(html, "story.html", ONLY_SPELLING)
    assert [(i.text, i.suggestions[0]) for i in issues] == [("seige", "siege"), ("perimiter", "perimeter")]


# -- suggestions ---------------------------------------------------------------------

@pytest.mark.parametrize("typo, first", [
    ("seige", "siege"),  # transposition beats the commoner "seize"
    ("perimiter", "perimeter"),
    ("recieve", "receive"),
    ("occurence", "occurrence"),  # a letter not doubled
    ("tommorrow", "tomorrow"),
    ("goverment", "government"),
    ("governmnet", "government"),  # transposition, unlisted
    ("embasy", "embassy"),
    ("protesterss", "protesters"),  # doubled
    ("militai", "militia"),
    ("reprot", "report"),
    ("yesterdya", "yesterday"),
    ("diplomatci", "diplomatic"),
])
def test_first_suggestion(speller, typo, first):
    verdict = speller.judge(typo)
    assert not verdict.ok
    assert verdict.suggestions[0] == first


def test_suggestions_keep_the_capitalisation(speller):
    assert speller.judge("Recieve").suggestions[0] == "Receive"
    assert speller.judge("RECIEVE").suggestions == ("RECEIVE",)


def test_no_suggestion_rather_than_a_guess(speller):
    verdict = speller.judge("qzxvbtrwpl")
    assert not verdict.ok and verdict.suggestions == ()


def test_listed_single_correction_is_a_safe_fix():
    (issue,) = lint_text("They laid seige to it.", "story.txt", ONLY_SPELLING, format="body")
    assert issue.fix_safe
    (issue,) = lint_text("A guard post on the perimiter burned.", "story.txt", ONLY_SPELLING, format="body")
    assert not issue.fix_safe  # found by the speller, not the curated list


def test_a_huge_run_of_letters_is_not_judged(speller):
    assert speller.judge("a" * 200_000).ok
    assert words("Headline " + "b" * 50_000 + " recieve") == ["recieve"]


def test_rare_real_words_pass_but_unknown_lower_case_words_do_not():
    assert words("The beetle Carabus nemoralis and metadata about cosplay and webcomics.") == []
    assert words("The zzplonk rose.") == ["zzplonk"]


def test_both_dialects_are_words():
    for settings in (GB, US):
        assert words("The colour and color, the centre and center, defence and defense, organise and organize.",
                     settings) == []


# -- house word lists ----------------------------------------------------------------

def _settings(tmp_path, accept=(), reject=(), inline=()):
    paths_a, paths_r = [], []
    for n, text in enumerate(accept):
        p = tmp_path / f"accept{n}.txt"
        p.write_text(text, encoding="utf-8")
        paths_a.append(str(p))
    for n, text in enumerate(reject):
        p = tmp_path / f"reject{n}.txt"
        p.write_text(text, encoding="utf-8")
        paths_r.append(str(p))
    return replace(ONLY_SPELLING, spelling=SpellingSettings(tuple(paths_a), tuple(paths_r), tuple(inline)))


def test_accept_list_words_and_patterns(tmp_path):
    text = "The muhasasa system and the Zorblax and zorblax-led QZXcorp teams met copylinters."
    assert set(words(text)) >= {"muhasasa", "copylinters"}
    settings = _settings(tmp_path, accept=["# house words\nmuhasasa\n\nZorblax\n(?i)qzx\\w*\n"], inline=["copylinters"])
    assert words(text, settings) == ["zorblax"]  # "Zorblax" with a capital matches only as written


def test_reject_list_flags_dictionary_words_with_a_fix(tmp_path):
    settings = _settings(tmp_path, reject=["alright -> all right\nirregardless\n"])
    issues = [i for i in lint_text("It is alright, irregardless of that.", "s.txt", settings, format="body")]
    assert [(i.text, i.suggestions[:1], i.fix_safe) for i in issues] == [
        ("alright", ("all right",), False), ("irregardless", ("regardless",), False)]  # safe: curated list only


def test_missing_word_list_names_the_file(tmp_path):
    settings = replace(ONLY_SPELLING, spelling=SpellingSettings(accept=(str(tmp_path / "nope.txt"),)))
    with pytest.raises(ConfigError) as err:
        lint_text("Anything.", "s.txt", settings, format="body")
    assert "nope.txt" in str(err.value) and "not found" in str(err.value)


def test_invalid_regex_names_file_and_line(tmp_path):
    settings = _settings(tmp_path, accept=["fine\nbad[regex\n"])
    with pytest.raises(ConfigError) as err:
        lint_text("Anything.", "s.txt", settings, format="body")
    assert str(err.value).endswith("invalid regular expression 'bad[regex': unterminated character set at position 3")
    assert "accept0.txt:2:" in str(err.value)


def test_cli_word_list_errors_exit_2(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text.\n", encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text('[spelling]\naccept = ["words.txt"]\n', encoding="utf-8")
    result = run_cli("check", "a.txt")
    assert result.returncode == 2
    assert b"words.txt: word list not found" in result.stderr
    assert b"Traceback" not in result.stderr


def test_cli_add_words_grows_the_accept_list(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe muhasasa system, they said, was in seige.\n", encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text('[spelling]\naccept = ["words.txt"]\n', encoding="utf-8")
    (tmp_path / "words.txt").write_text("# house words\r\nAl Jazeera\r\n", encoding="utf-8", newline="")
    first = run_cli("check", "a.txt", "--disable", "ALL", "--enable", "spelling", "--add-words", "words.txt")
    assert first.returncode == 1  # the run still reports what it found
    # a listed misspelling ("seige") is never added, however often it was flagged
    assert b"added 1 word(s) to words.txt: muhasasa" in first.stderr
    assert (tmp_path / "words.txt").read_bytes() == b"# house words\r\nAl Jazeera\r\nmuhasasa\r\n"
    second = run_cli("check", "a.txt", "--disable", "ALL", "--enable", "spelling", "--format", "json")
    assert second.returncode == 1
    assert [i["message"][1:6] for i in json.loads(second.stdout)["issues"]] == ["seige"]
    again = run_cli("check", "a.txt", "--add-words", "words.txt")
    assert b"added 0 word(s)" in again.stderr


def test_cli_add_words_notes_a_list_the_config_does_not_use(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nIt was a muhasasa system in seige.\n", encoding="utf-8")
    result = run_cli("check", "a.txt", "--add-words", "new.txt")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "muhasasa\n"
    assert b"not an accept list of this configuration" in result.stderr


# -- issue 14: names, short forms, compounds, brackets -----------------------------------

WIRE = (
    "A and P to sell stores\n\n"
    "NEW YORK, March 3 - Great Atlantic and Pacific Tea Co said it will sell 40 stores of the A and P "
    "chain for 120 mln dlrs.\n"
    "The company said net profit rose 12 pct to 32.5 mln dlrs, or 87 cts a share, from 29 mln dlrs.\n"
    "Shr 87 cts vs 78 cts. Revs 1.2 bln dlrs vs 1.1 bln.\n"
    "The refinery, which processes 120,000 bpd of crude, will be closed for a month.\n"
)


def test_wire_copy_short_forms_raise_no_spelling_alert():
    assert lint_text(WIRE, "wire.txt", ONLY_SPELLING) == []


def test_wire_copy_default_configuration_has_no_warning_or_error():
    issues = lint_text(WIRE, "wire.txt", Settings())
    assert [(i.rule, i.text) for i in issues if i.severity != "info"] == []


def test_short_forms_need_a_number_beside_them():
    assert words("The mln was late.") == ["mln"]  # no number: judged as a word
    assert words("It cost 5 mln dlrs.") == []


def test_a_listed_misspelling_is_never_a_name():
    text = "Budget news\n\nThe Goverment said no. Later the Goverment said yes.\n"
    issues = lint_text(text, "story.txt", ONLY_SPELLING)
    assert [(i.line, i.text, i.suggestions) for i in issues] == [
        (3, "Goverment", ("Government",)), (3, "Goverment", ("Government",))]


def test_goverment_in_headline_and_body_is_flagged_every_time():
    text = "Goverment falls\n\nThe Goverment fell on Tuesday.\n"
    assert [(i.line, i.text) for i in lint_text(text, "story.txt", ONLY_SPELLING)] == [(1, "Goverment"), (3, "Goverment")]


def test_headline_repeated_as_title_and_h1_is_no_evidence_of_a_name():
    md = "---\ntitle: Presidnet visits Paris\n---\n\n# Presidnet visits Paris\n\nThe visit was short.\n"
    assert [i.text for i in lint_text(md, "story.md", ONLY_SPELLING)] == ["Presidnet", "Presidnet"]
    # repeated in body text, a capitalised unknown word is a name
    assert words("Interviewee Ruth Vallen spoke. Vallen said it twice.") == []


def test_all_capitals_headline_words_are_not_acronyms():
    text = "GOVERMENT FALLS AFTER VOTE\n\nThe vote was held on Tuesday.\n"
    assert [(i.text, i.suggestions) for i in lint_text(text, "story.txt", ONLY_SPELLING)] == [
        ("GOVERMENT", ("GOVERNMENT",))]
    assert words("The CNA and TEH reports were published.") == []  # acronyms, though listed


def test_hyphenated_compounds_are_judged_whole_first():
    assert words("The cafe offers wi-fi to the haves and have-nots, willy-nilly.") == []
    assert words("Reporters for Agence France-Presse were there.") == []
    assert words("The well-knwon author spoke.") == ["knwon"]


def test_editorial_brackets_and_damaged_text():
    assert words('He said "[T]hough we back it, we must limi[t] it", shocking[ly].') == []
    assert words("They wrote that it was \"[w]idely recieved\".") == ["recieved"]
    assert words("They wrote that it was \"[w]idly known\".") == ["[w]idly"]  # judged as "widly"
    issues = lint_text("The grant went to Ka\u2018olu\u2018olu Pond and Pa?a o Lanai.", "s.txt", ONLY_SPELLING,
                       format="body")
    assert issues == []


def test_a_term_used_throughout_an_article_is_not_flagged():
    text = ("The frostfin shark is rare. Divers saw a frostfin in the bay. "
            "The frostfin has pale fins.")
    assert words(text) == []
    assert words("The frostfin shark is rare.") == ["frostfin"]


def test_words_run_together_are_suggested_apart():
    assert flagged("The report is available onlineand in print.")[0][1][0] == "online and"
    assert flagged("Local shopowners applied.")[0][1][0] == "shop owners"


def test_alot_suggests_a_lot_first():
    assert flagged("It rained alot.") == [("alot", ("a lot", "allot"))]
