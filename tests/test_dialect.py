"""detect_dialect (dialect = "auto") and spelling.dialect-mix in both dialects."""

from __future__ import annotations

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


def test_ize_is_weak_evidence_oxford_spelling_is_british():
    assert dialect("They organized the talks.") == "en-US"
    assert dialect("They organized the talks about the colour of the flag.") == "en-GB"  # -our outweighs -ize


def test_mixed_text_goes_to_the_majority():
    assert dialect("The colour of the centre and the favour of the labour party, but one color.") == "en-GB"
    assert dialect("The color of the center and the favor of the labor vote, but one colour.") == "en-US"


def test_a_tie_goes_to_the_first_marker():
    assert dialect("The colour and the color.") == "en-GB"
    assert dialect("The color and the colour.") == "en-US"


def test_capitalised_words_count_half():
    # "Pearl Harbor" is a name; the one lower-case British spelling outweighs it
    assert dialect("Wreaths were laid at Pearl Harbor in honour of the dead.") == "en-GB"


# -- spelling.dialect-mix --------------------------------------------------------------

def test_american_spelling_in_british_copy():
    assert mixes("The favour of the crowd turned and the color changed.") == [("color", ("colour",))]


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
