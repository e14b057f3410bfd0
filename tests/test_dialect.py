"""detect_dialect (dialect = "auto") and spelling.dialect-mix in both dialects."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from conftest import SAMPLE
from copylint.api import lint_text
from copylint.config import Settings
from copylint.dialect import detect_dialect
from copylint.readers import parse

ONLY_MIX = Settings(enable=("spelling.dialect-mix",), disable=("ALL",))


def dialect(text: str, default: str = "en-US") -> str:
    return detect_dialect(parse(text, "story.txt", "body"), default)


def mixes(text: str, dialect: str = "auto") -> list[tuple[str, tuple]]:
    settings = replace(ONLY_MIX, dialect=dialect)
    return [(i.text, i.suggestions) for i in lint_text(text, "story.txt", settings, format="body")]


def test_sample_article_is_british():
    doc = parse(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE), "txt")
    assert detect_dialect(doc) == "en-GB"  # Defence, criticised, mobilise


@pytest.mark.parametrize("text, expected", [
    ("The colour was grey.", "en-GB"),
    ("The color was gray.", "en-US"),
    ("They criticised it.", "en-GB"),  # -ise is British only
    ("He traveled far.", "en-US"),
    ("He travelled far.", "en-GB"),
    ("Defense officials met.", "en-US"),
])
def test_one_marker_decides_a_short_text(text, expected):
    assert dialect(text) == expected


def test_no_marker_gives_the_default():
    assert dialect("Troops were sent to the region on Tuesday.") == "en-US"
    assert dialect("Troops were sent to the region on Tuesday.", default="en-GB") == "en-GB"


def test_words_correct_in_both_dialects_are_no_evidence():
    assert dialect("The program will check the meter and license the practice.", default="en-GB") == "en-GB"


def test_ize_is_neutral_oxford_spelling_is_british():
    assert dialect("They organized the talks.", default="en-GB") == "en-GB"  # no evidence either way
    assert dialect("They organized the talks about the colour of the flag.") == "en-GB"


def test_mixed_text_goes_to_the_majority():
    assert dialect("The colour of the centre and the favour of the labour party, but one color.") == "en-GB"
    assert dialect("The color of the center and the favor of the labor vote, but one colour.") == "en-US"


def test_too_little_evidence_goes_to_the_fallback():
    assert dialect("The colour and the color.") == "en-US"  # a tie
    assert dialect("The colour and the color.", default="en-GB") == "en-GB"
    assert dialect("Wreaths were laid at Pearl Harbor.", default="en-GB") == "en-GB"  # one name: half a point


def test_capitalised_words_count_half():
    # "Pearl Harbor" is a name; the one lower-case British spelling outweighs it
    assert dialect("Wreaths were laid at Pearl Harbor in honour of the dead.") == "en-GB"


@pytest.mark.parametrize("text, expected", [
    ("Prices rose 5 per cent on Tuesday.", "en-GB"),
    ("Prices rose 5 percent on Tuesday.", "en-US"),
    ("The vote is on 5 January 2021.", "en-GB"),
    ("The vote is on January 5, 2021.", "en-US"),
    ("The vote is on Jan. 5 in Ohio.", "en-US"),
])
def test_clues_beyond_spelling_per_cent_and_date_order(text, expected):
    other = "en-US" if expected == "en-GB" else "en-GB"
    assert dialect(text, default=other) == expected


def test_the_judged_word_is_not_its_own_evidence():
    # one British spelling in copy that is otherwise American: the article is not British
    text = "On January 5, 2021, officials said prices rose 3 percent; the colour of the vote was clear."
    assert mixes(text) == [("colour", ("color",))]
    # a word spelt both ways is no evidence: the fallback decides
    assert mixes("The totaling and the totalling.") == [("totalling", ("totaling",))]
    settings = replace(ONLY_MIX, dialect_fallback="en-GB")
    assert [i.text for i in lint_text("The totaling and the totalling.", "s.txt", settings, format="body")] == [
        "totaling"]
    # one use alone is judged against the fallback; written the same way throughout, it is the article's
    assert mixes("The colour was clear.") == [("colour", ("color",))]
    assert mixes("The colour, the colour and the colour.") == []
    # the rest of the article decides: three "catalog", one "favourite"
    assert mixes("The catalog, the catalog, the catalog and her favourite.") == [("favourite", ("favorite",))]


def test_spellings_decide_before_the_other_clues():
    # Wikinews writes month-day datelines and "Mr." in British articles too
    text = "On May 18, 2020 Mr. Smith said the colour and flavour of the centre favoured practising."
    assert dialect(text) == "en-GB"
    assert mixes(text) == []
    # with no other spelling, the clues judge the one there is
    assert mixes("On May 18, 2020 Mr. Smith praised the colour.") == [("colour", ("color",))]


def test_configured_dialect_is_strict():
    text = "Prices rose 5 per cent on 5 January; the colour and favour of the centre were praised."
    assert [w for w, _ in mixes(text, "en-US")] == ["colour", "favour", "centre"]


def test_decision_is_reported():
    from copylint.checks.base import CheckContext
    from copylint.dialect import DocumentDialect

    doc = parse("Prices rose 5 per cent, the colour of the centre.", "s.txt", "body")
    d = DocumentDialect(doc, "auto", "en-US").decision()
    assert (d.dialect, d.how, d.gb, d.us, d.gb2, d.us2) == ("en-GB", "auto", 2.0, 0.0, 1.0, 0.0)
    assert "spellings British 2, American 0; other clues British 1, American 0" in d.describe()
    assert DocumentDialect(parse("No clue here.", "s.txt", "body"), "auto", "en-GB").decision().how == "fallback"
    ctx = CheckContext(settings=Settings(dialect="en-US"), doc=doc)
    assert ctx.dialects.decision().describe() == "en-US (configured)"


# -- spelling.dialect-mix --------------------------------------------------------------

def test_american_spelling_in_british_copy():
    assert mixes("The favour of the crowd turned, the colour faded and the color changed.") == [("color", ("colour",))]


def test_british_spelling_in_american_copy_including_ise():
    text = "The defense team analyzed the favor of the jury, then criticised the judge and the colour of the room."
    assert mixes(text) == [("criticised", ("criticized",)), ("colour", ("color",))]


def test_ize_is_not_an_error_in_british_copy():
    assert mixes("They organized and criticised the talks, the colour of the flag.", "en-GB") == []


def test_configured_dialect_wins_over_detection():
    text = "The colour and the favour of the centre."
    assert mixes(text) == []
    assert [w for w, _ in mixes(text, "en-US")] == ["colour", "favour", "centre"]


def test_proper_names_keep_their_spelling():
    assert mixes("The Labor Party met at the World Trade Center near Pearl Harbor.", "en-GB") == []


def test_sentence_start_is_not_a_name():
    assert mixes("Color matters. The colour of the centre is what counts.", "en-GB") == [("Color", ("Colour",))]


def test_ambiguous_words_are_left_alone():
    assert mixes("The program will check the meter, license the tire shop and focus on practice.", "en-GB") == []
    assert mixes("The analyses of the storey were grey.", "en-US") == []


def test_misspelling_rule_never_flags_the_other_dialect():
    settings = Settings(enable=("spelling.misspelling",), disable=("ALL",), dialect="en-US")
    assert lint_text("The colour of the centre was criticised.", "s.txt", settings, format="body") == []


def test_show_settings_names_the_fallback_and_the_decision(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nPrices rose 5 per cent; the colour of the centre.\n", encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text('dialect_fallback = "en-GB"\n', encoding="utf-8")
    out = run_cli("check", "--show-settings", "a.txt").stdout.decode()
    assert 'dialect-fallback = "en-GB"' in out
    assert "# dialect for this file: en-GB (auto; spellings British 2, American 0;" in out


def test_dialect_decision_note_when_selected(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nThe color of the center.\n", encoding="utf-8")
    out = run_cli("check", "a.txt", "--enable", "dialect.decision", "--format", "json").stdout
    notes = [i for i in json.loads(out)["issues"] if i["rule"] == "dialect.decision"]
    assert [(n["severity"], n["message"][:25]) for n in notes] == [("info", "Dialect en-US (auto; spel")]
