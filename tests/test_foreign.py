"""structure.foreign-passage: passages in another language found, reported once, and
skipped by spelling and grammar."""

from __future__ import annotations

from dataclasses import replace

from copylint.api import lint_text
from copylint.checks.foreign import identify
from copylint.config import Settings

SPANISH = (
    "Congresswoman announces housing grants\n\n"
    "WASHINGTON - The congresswoman announced on Tuesday that 40 families in the district will "
    "receive housing grants under a federal scheme.\n\n"
    "Los residentes de la comunidad pueden solicitar asistencia a trav\u00e9s del programa federal de "
    "vivienda. Las solicitudes se aceptar\u00e1n hasta el 30 de junio en la oficina del distrito.\n\n"
    "Applications are open until June 30 at the district office.\n"
)


def test_a_spanish_paragraph_gives_one_info_and_no_spelling_error():
    issues = lint_text(SPANISH, "story.txt", Settings())
    assert [(i.rule, i.severity, i.line) for i in issues] == [("structure.foreign-passage", "info", 5)]
    assert "Spanish" in issues[0].message


def test_the_note_can_be_turned_off_and_the_passage_is_still_skipped():
    settings = Settings(disable=("structure.foreign-passage",))
    assert lint_text(SPANISH, "story.txt", settings) == []


def test_a_foreign_quotation_with_its_tag_inside_an_english_paragraph():
    text = ('"Los residentes de la comunidad pueden solicitar asistencia a trav\u00e9s del programa '
            'federal," dijo la congresista.\n\nShe said the goverment would pay.\n')
    issues = lint_text(text, "story.txt", Settings(), format="body")
    assert [(i.rule, i.line) for i in issues] == [("structure.foreign-passage", 1), ("spelling.misspelling", 3)]


def test_only_the_quotation_is_skipped_in_an_english_sentence():
    text = ("He ended with a line of Goethe: \u201cWer immer strebend sich bem\u00fcht, den k\u00f6nnen wir "
            "erl\u00f6sen\u201d, and the audiense applauded.")
    issues = lint_text(text, "story.txt", Settings(), format="body")
    rules = [(i.rule, i.text) for i in issues]
    assert ("spelling.misspelling", "audiense") in rules
    assert [r for r, _ in rules].count("structure.foreign-passage") == 1
    passage = next(i for i in issues if i.rule == "structure.foreign-passage")
    assert passage.text.startswith("Wer immer") and passage.text.endswith("erl\u00f6sen")


def test_consecutive_foreign_paragraphs_are_reported_once():
    body = SPANISH.replace("Applications are open", "El programa est\u00e1 abierto a todas las familias "
                                                      "que viven en el distrito desde hace un a\u00f1o.\n\nApplications are open")
    issues = lint_text(body, "story.txt", Settings())
    assert [i.rule for i in issues] == ["structure.foreign-passage"]


def test_english_with_many_names_is_not_foreign():
    for text in ("Former Samoan Prime Minister Taulupe Fonoti dies aged 81",  # CLD2 says Samoan
                 "Senators Halvorsen, Okafor, Brennick, Tavakoli and Quintero signed the letter with Reps. "
                 "Ndiaye, Vel\u00e1squez and Garc\u00eda.",
                 "He said \"muchas gracias, amigos\" and left the stage."):
        assert [i for i in lint_text(text, "s.txt", Settings(), format="body")
                if i.rule == "structure.foreign-passage"] == []


def test_identifier_answers():
    assert identify("Los residentes de la comunidad pueden solicitar asistencia a trav\u00e9s del programa.") == "Spanish"
    assert identify("The residents of the community may ask for help through the programme.") is None
    assert identify("bad \udcff text with a lone surrogate") is None  # no exception


def test_grammar_is_skipped_in_a_foreign_passage():
    settings = replace(Settings(), disable=("structure.foreign-passage",))
    text = "Une an\u00e9e de plus, a ami et un homme a une \u00e9cole de la ville de Paris, dit le maire."
    assert [i.rule for i in lint_text(text, "s.txt", settings, format="body")] == []


def test_a_glossary_inside_an_english_sentence_is_one_passage_not_many_misspellings():
    text = ("Words for the body came from Welsh: llaw (hand), llygad (eye), gwddf (neck), "
            "tafod (tongue) and calon (heart), and the goverment used them.")
    issues = lint_text(text, "s.txt", Settings(), format="body")
    notes = [i for i in issues if i.rule == "structure.foreign-passage"]
    assert len(notes) == 1 and notes[0].text.startswith("llaw") and notes[0].text.endswith("calon")
    assert "word list" in notes[0].message
    assert [i.text for i in issues if i.rule == "spelling.misspelling"] == ["goverment"]


def test_a_foreign_title_typed_without_accents_is_skipped():
    text = ("The law requires it.Pravilnik o uredjenju i odrzavanju javnih povrsina It has, "
            "however, accepted the report.")
    issues = lint_text(text, "s.txt", Settings(), format="body")
    assert [i.rule for i in issues] == ["structure.foreign-passage"]


def test_lone_typos_in_english_are_not_a_passage():
    for text in ("The goverment said the comittee would meet on Tuesday.",  # two slips, far apart
                 "Officials recieve the report, and the goverment will then decide whether to act."):
        issues = lint_text(text, "s.txt", Settings(), format="body")
        assert "structure.foreign-passage" not in {i.rule for i in issues}
        assert len([i for i in issues if i.rule == "spelling.misspelling"]) == 2


def test_unknown_runs_need_three_unknown_words_among_six():
    from copylint.checks.foreign import unknown_runs

    assert unknown_runs("a list of xqzt and brvl words") == []
    text = "they said xqzt brvl and plomk were words"
    assert [text[a:b] for a, b in unknown_runs(text)] == ["xqzt brvl and plomk"]
    spread = "xqzt is one, then many other known words here, then brvl and plomk"
    assert unknown_runs(spread) == []


def test_a_piece_of_letters_is_marked_as_the_general_counts_mark_it():
    from copylint.checks import foreign

    memos = foreign._memos()
    pieces = ["the", "The", "goverment", "Goverment", "a", "A", "x", "qzvbl", "Qzvbl", "colour", "\u00c9t\u00e9",
              "\u00e9t\u00e9", "\u00fcber", "\u0394\u03b5\u03bb\u03c6\u03bf\u03af", "\u03b4\u03b5\u03bb\u03c6\u03bf\u03af",
              "\u4e2d\u6587", "\u01c5ungla", "Zzz", "zzz", "\u00d8resund", "\u00f8resund", "i", "I", "llygad", "gwddf",
              "dont", "donʼt", "Donʼt", "ma\u00f1ana", "MA\u00d1ANA", "NASA", "nasa", "\u00dfe", "\u00dfzzk"]
    for piece in pieces:
        assert piece.isalpha(), piece
        general = memos.english_in[piece].count(0) + memos.unknown_piece[piece] * foreign._UNKNOWN_PIECE
        assert foreign._piece_marks(piece) == general, piece
    # the counts a sum of marks gives: one not-English word and one unknown piece
    assert foreign._piece_marks("qzvbl") == 1 + foreign._UNKNOWN_PIECE
    assert foreign._piece_marks("Qzvbl") == 0
    assert foreign._piece_marks("the") == 0
