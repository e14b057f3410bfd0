"""User-supplied patterns (house word lists, the user's own rule packs) run on RE2, whose time
is linear in the text: patterns that make a backtracking engine run for minutes finish at
once. What RE2 cannot run is refused with an error naming the file and line. Python's
meaning of \\w, \\d, \\s and of a \\b at either end of a pattern is kept."""

from __future__ import annotations

import pytest

from copylint.style.regexes import RegexError, UserPattern, compile_regex

#: (pattern, a text it matches): on "aaaa...a!" a backtracking engine tries every way to split the a's
HOSTILE = [("(a|aa)*c", "aac"), ("a*a*a*a*b", "aab"), ("(a+)+b", "ab"), ("(\\w+\\s?)*$", "ab c"),
           ("(a+a+)+y", "aay"), ("^(a|a?)+$", "aa")]
LONG = "a" * 50_000 + "!"


@pytest.mark.parametrize("pattern, example", HOSTILE)
def test_hostile_patterns_run_on_the_linear_engine(pattern, example):
    compiled = compile_regex(pattern)
    assert isinstance(compiled, UserPattern)
    assert compiled.search(example) is not None
    assert compiled.search(LONG) is None or pattern.endswith("$")  # finishes: linear in the text


@pytest.mark.parametrize("pattern, text, found", [
    (r"\bcafé\b", "A café here, cafés there.", ["café"]),
    (r"\bélan\b", "With élan and gusto.", ["élan"]),
    (r"\btrope\b", "A Zoëtrope and a trope.", ["trope"]),
    (r"\w+ë", "Zoë and Chloë", ["Zoë", "Chloë"]),
    (r"\d+", "Arabic ٣ and 42", ["٣", "42"]),
    (r"a\sb", "a\u00a0b a b", ["a\u00a0b", "a b"]),
    (r"\u00e9t\u00e9", "un été", ["été"]),
    (r"[^\W\d_]+", "x", None),  # \W inside a class: refused (see below)
])
def test_python_meaning_is_kept(pattern, text, found):
    if found is None:
        with pytest.raises(RegexError):
            compile_regex(pattern)
        return
    assert [m.group() for m in compile_regex(pattern).finditer(text)] == found


def test_case_insensitive_and_templates_expand_non_ascii():
    p = compile_regex(r"(colou?r)", 2)  # re.IGNORECASE
    m = p.search("The COLOUR red")
    assert m.group() == "COLOUR" and m.expand(r"“\1”") == "“COLOUR”"


@pytest.mark.parametrize("pattern, construct", [
    ("foo(?=bar)", "look-ahead and look-behind"),
    ("(?<!x)foo", "look-ahead and look-behind"),
    (r"(\w)\1", "back-references"),
    ("(?P<w>a)(?P=w)", "back-references"),
    ("a++", "atomic groups and possessive quantifiers"),
    ("(?>ab)", "atomic groups and possessive quantifiers"),
])
def test_constructs_re2_cannot_run_are_refused(pattern, construct):
    with pytest.raises(RegexError, match=construct):
        compile_regex(pattern)


def test_shipped_patterns_keep_pythons_engine():
    assert not isinstance(compile_regex("a(?=b)", trusted=True), UserPattern)


HOUSE_PACK = """\
id: style.house.slow
type: existence
summary: s
rationale: r
message: 'found {match}'
severity: warning
patterns:
  - '{pattern}'
examples:
  bad: ['[[aac]]']
  good: ['b']
"""


@pytest.mark.parametrize("pattern", ["(a|aa)*c", "(a+)+c"])
def test_a_house_pack_pattern_does_not_hang_a_run(run_cli, tmp_path, pattern):
    pack = tmp_path / "packs" / "house"
    pack.mkdir(parents=True)
    (pack / "slow.yaml").write_text(HOUSE_PACK.replace("{pattern}", pattern))
    (tmp_path / ".copylint.toml").write_text('[style]\npacks = ["copylint", "house"]\npaths = ["packs"]\n')
    (tmp_path / "a.txt").write_text("Headline\n\n" + "a" * 30_000 + "!\n")
    r = run_cli("check", "--select", "style.house", "a.txt")  # run_cli gives up after 120 s
    assert r.returncode == 0, r.stderr.decode()


def test_a_word_list_pattern_does_not_hang_a_run(run_cli, tmp_path):
    (tmp_path / "accept.txt").write_text("Khamenei\na*a*a*a*a*a*b\n")
    (tmp_path / ".copylint.toml").write_text('[spelling]\naccept = ["accept.txt"]\n')
    (tmp_path / "a.txt").write_text("Headline\n\nThe word " + "a" * 3000 + " is long.\n")
    r = run_cli("check", "a.txt")  # gives up after 120 s
    assert r.returncode in (0, 1) and b"Traceback" not in r.stderr, r.stderr.decode()


def test_a_house_pack_with_a_look_behind_names_file_and_line(run_cli, tmp_path):
    pack = tmp_path / "packs" / "house"
    pack.mkdir(parents=True)
    (pack / "slow.yaml").write_text(HOUSE_PACK.replace("{pattern}", "(?<!x)aac"))
    (tmp_path / ".copylint.toml").write_text('[style]\npacks = ["copylint", "house"]\npaths = ["packs"]\n')
    (tmp_path / "a.txt").write_text("Headline\n\nText.\n")
    r = run_cli("check", "a.txt")
    err = r.stderr.decode()
    assert r.returncode == 2 and f"{pack / 'slow.yaml'}:8:" in err and "look-ahead and look-behind" in err, err
